package com.meritarchive.scenario;

import com.meritarchive.request.AnnualRequest;
import com.meritarchive.request.QuarterlyRequest;
import com.meritarchive.request.StepDownRequest;
import com.meritarchive.request.SubjectRef;
import java.util.List;
import java.util.SortedSet;

/** One case of a scenario workbook: its input and what policy staff expect, located in the workbook. */
sealed interface Scenario {

    String name();

    String sheet();

    List<Expectation> expectations();

    /** The exact set of codes one subject should get ("无" in the workbook: none), written in {@code row}. */
    record Expectation(SubjectRef subject, SortedSet<String> codes, int row) {
    }

    record Annual(String name, String sheet, AnnualRequest request, List<Expectation> expectations) implements Scenario {
    }

    record Quarterly(String name, String sheet, QuarterlyRequest request, List<Expectation> expectations)
            implements Scenario {
    }

    record StepDown(String name, String sheet, StepDownRequest request, List<Expectation> expectations)
            implements Scenario {
    }
}
