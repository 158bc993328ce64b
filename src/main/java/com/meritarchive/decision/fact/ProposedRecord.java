package com.meritarchive.decision.fact;

/** A record the quarterly rules propose, with the clause and the assessment that made it. */
public record ProposedRecord(ArchiveRecord record, String rule, String assessmentId) {

    /** CONTRACT.md: a new record's id is {@code assessmentId + "/" + subjectId}. */
    public static ProposedRecord of(Assessment assessment, String subjectType, String subjectId, IndicatorVerdict verdict,
            DecisionQuarter quarter) {
        ArchiveRecord record = ArchiveRecord.of(assessment.id() + "/" + subjectId, subjectType, subjectId, verdict.type(),
                quarter.year(), quarter.quarter(), assessment.keyWork(), assessment.indicator(), ArchiveRecord.ACTIVE);
        return new ProposedRecord(record, verdict.rule(), assessment.id());
    }
}
