package com.meritarchive.decision.fact;

/** A problem trace the quarterly rules cancel (Q3), with the assessment that showed the problem fixed. */
public record Cancellation(String recordId, String rule, String assessmentId) {
}
