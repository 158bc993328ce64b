package com.meritarchive.decision;

import java.util.List;

/** A cadre or unit of the request with its outcomes, sorted by code ({@code []} when nothing applies). */
public record SubjectOutcomes(String id, List<OutcomeView> outcomes) {
}
