package com.meritarchive.request;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A performance record or problem trace as the HR system sends it (CONTRACT.md "Record"). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecordInput(String id, String subjectType, String subjectId, String type, int year, int quarter,
        String keyWork, String indicator, String status) {
}
