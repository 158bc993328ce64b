package com.meritarchive.request;

import java.util.List;

/**
 * The keys one kind of JSON object may have (CONTRACT.md "JSON shapes" and "Endpoints"), defined
 * once for every body. A key outside them is refused rather than ignored: a misspelled
 * {@code "Status": "CANCELLED"} must never let a record silently count as active.
 */
record Shape(String name, List<String> fields) {

    static final Shape UNIT = new Shape("a unit", List.of("id", "name", "kind"));
    static final Shape CADRE = new Shape("a cadre", List.of("id", "name", "unitId", "managedBy"));
    /** {@code rule} and {@code assessmentId} are what a quarterly answer adds to a new record; sent back, they decide nothing. */
    static final Shape RECORD = new Shape("a record", List.of("id", "subjectType", "subjectId", "type", "year",
            "quarter", "keyWork", "indicator", "status", "rule", "assessmentId"));
    static final Shape ASSESSMENT = new Shape("an assessment", List.of("id", "keyWork", "task", "indicator", "rank",
            "rankedCount", "targetRank", "leadUnitId", "group"));
    static final Shape GROUP_MEMBER = new Shape("a group member", List.of("cadreId", "role"));
    static final Shape ANNUAL = new Shape("an annual request", List.of("year", "units", "cadres", "records"));
    static final Shape QUARTERLY = new Shape("a quarterly request", List.of("year", "quarter", "units", "cadres",
            "assessments", "records"));
    static final Shape STEP_DOWN = new Shape("a step-down request", List.of("cadre", "unitOpinionSigned",
            "leaderApproved"));
    static final Shape SIMULATION = new Shape("a simulation request", List.of("candidate", "baseline", "annual",
            "quarterly"));
    static final Shape ACTIVATION = new Shape("a publication", List.of("id", "force"));

    boolean allows(String field) {
        return fields.contains(field);
    }

    /** The problem of {@code field} when this shape does not allow it, at its pointer under {@code parent}. */
    InvalidRequestException.InvalidField unknown(String parent, String field) {
        return new InvalidRequestException.InvalidField(Pointer.child(parent, field),
                "unknown field '" + field + "'; the fields of " + name + " are " + String.join(", ", fields));
    }

    /** The problem of a key that appears a second time in one object. */
    static InvalidRequestException.InvalidField duplicate(String parent, String field) {
        return new InvalidRequestException.InvalidField(Pointer.child(parent, field),
                "the field '" + field + "' appears twice");
    }
}
