package com.meritarchive.decision;

import com.meritarchive.decision.fact.ArchiveRecord;
import com.meritarchive.request.RecordInput;

/** Turns checked request input into the facts the rules match on. */
final class Facts {

    private Facts() {
    }

    static ArchiveRecord of(RecordInput record) {
        return ArchiveRecord.of(record.id(), record.subjectType(), record.subjectId(), record.type(), record.year(),
                record.quarter(), record.keyWork(), record.indicator(), record.status());
    }

    /** As {@link #of(RecordInput)}, with its subject's key string ({@code SubjectRef.keyOf}) already made. */
    static ArchiveRecord of(RecordInput record, String subjectKey) {
        return ArchiveRecord.of(record.id(), record.subjectType(), record.subjectId(), record.type(), record.year(),
                record.quarter(), record.keyWork(), record.indicator(), record.status(), subjectKey);
    }
}
