package com.meritarchive.decisionlog;

import java.util.List;

/** {@code GET /api/v1/decisions}: one page of recorded decisions, newest first; {@code more} when a next page has any. */
record DecisionPage(int page, int pageSize, boolean more, List<DecisionSummary> decisions) {
}
