package com.meritarchive.decision.fact;

/**
 * A result to be sent somewhere (an outcome or a new quarterly record), so that the routing table
 * (Routing.drl.xlsx, sheet 公示备案) decides who receives it. {@code managedBy} is the cadre's
 * manager (ORG_DEPT or HR_BUREAU), null for a unit: the table may route by it.
 */
public record Routable(String subjectType, String subjectId, String code, String managedBy) {
}
