package com.meritarchive.request;

import java.util.Objects;

/**
 * A cadre or unit named by its type ({@link Vocabulary#CADRE}, {@link Vocabulary#UNIT}) and id.
 * Its {@link #key()} ("CADRE:C001") is the one place the subject key is spelt: records join
 * their subject by it in the rules, and results are kept by it.
 */
public record SubjectRef(String type, String id) implements Comparable<SubjectRef> {

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

    /**
     * Spelt out, like {@link #equals}: a record's own go through a method handle, which was a fourth
     * of the samples of a province simulation's comparison of its sides (a lookup per subject and side).
     */
    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(type) + Objects.hashCode(id);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SubjectRef ref && Objects.equals(type, ref.type) && Objects.equals(id, ref.id);
    }

    /**
     * By type (cadres before units), then id: the order answers and reports list subjects in.
     * Spelt out rather than a {@code Comparator} chain: a province's simulation compares subjects
     * millions of times in its sorted maps, and the chain was a fifth of its samples in a JFR profile.
     */
    @Override
    public int compareTo(SubjectRef other) {
        int byType = type.equals(other.type) ? 0 : type.compareTo(other.type);
        return byType != 0 ? byType : id.compareTo(other.id);
    }
}
