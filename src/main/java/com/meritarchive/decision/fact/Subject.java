package com.meritarchive.decision.fact;

import com.meritarchive.request.SubjectRef;
import com.meritarchive.request.Vocabulary;

/**
 * A cadre or a unit the rules may decide about. {@code kind} is a unit's kind ({@code COUNTY},
 * {@code STATIONED}) and {@code null} for a cadre, so that a table row can target stationed units.
 * {@code key} ("CADRE:C001") joins a subject to its records.
 */
public record Subject(String type, String id, String kind, String key) {

    public static final String CADRE = Vocabulary.CADRE;
    public static final String UNIT = Vocabulary.UNIT;

    public static Subject of(String type, String id, String kind) {
        return new Subject(type, id, kind, SubjectRef.keyOf(type, id));
    }
}
