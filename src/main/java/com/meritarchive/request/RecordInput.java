package com.meritarchive.request;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A performance record or problem trace as the HR system sends it (CONTRACT.md "Record"). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecordInput(String id, String subjectType, String subjectId, String type, int year, int quarter,
        String keyWork, String indicator, String status) {

    /** The same record, its subject named by {@code subjectId}: the same id, another string. */
    RecordInput about(String subjectId) {
        return new RecordInput(id, subjectType, subjectId, type, year, quarter, keyWork, indicator, status);
    }
}
