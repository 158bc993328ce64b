package com.meritarchive.request;

import java.util.List;

/** The quarterly call: the quarter's rankings, and the records made before it. */
public record QuarterlyRequest(int year, int quarter, List<UnitInput> units, List<CadreInput> cadres,
        List<AssessmentInput> assessments, List<RecordInput> records) {
}
