package com.meritarchive.request;

import java.util.List;

/** A dataset file a page cannot use, with every reason in Chinese; nothing was decided from it. */
public class UnusableDatasetException extends Exception {

    private final transient List<String> problems;

    public UnusableDatasetException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
