package com.meritarchive.request;

import java.util.Comparator;

/**
 * A cadre or unit named by its type ({@link Vocabulary#CADRE}, {@link Vocabulary#UNIT}) and id.
 * Its {@link #key()} ("CADRE:C001") is the one place the subject key is spelt: records join
 * their subject by it in the rules, and results are kept by it.
 */
public record SubjectRef(String type, String id) implements Comparable<SubjectRef> {

    private static final Comparator<SubjectRef> ORDER = Comparator.comparing(SubjectRef::type).thenComparing(SubjectRef::id);

    public static SubjectRef cadre(String id) {
        return new SubjectRef(Vocabulary.CADRE, id);
    }

    public static SubjectRef unit(String id) {
        return new SubjectRef(Vocabulary.UNIT, id);
    }

    public static String keyOf(String type, String id) {
        return type + ":" + id;
    }

    public String key() {
        return keyOf(type, id);
    }

    /** By type (cadres before units), then id: the order answers and reports list subjects in. */
    @Override
    public int compareTo(SubjectRef other) {
        return ORDER.compare(this, other);
    }
}
