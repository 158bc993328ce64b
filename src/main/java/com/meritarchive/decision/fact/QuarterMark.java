package com.meritarchive.decision.fact;

/**
 * "This subject has at least one active record of this type (on this indicator, when
 * {@code indicator} is not null) in this quarter, inside this window": the unit a run of
 * consecutive quarters is made of.
 */
public record QuarterMark(
        String window,
        String stream,
        String anyIndicatorStream,
        int quarter,
        String subjectType,
        String subjectId,
        String subjectKind,
        String type,
        String indicator) {
}
