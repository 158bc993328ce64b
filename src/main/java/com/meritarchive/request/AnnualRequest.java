package com.meritarchive.request;

import java.util.List;

/** The year-end call: the year, and the units, cadres and records to decide from (checked by {@link RequestChecks}). */
public record AnnualRequest(int year, List<UnitInput> units, List<CadreInput> cadres, List<RecordInput> records) {
}
