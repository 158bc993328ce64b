package com.meritarchive.decision.fact;

import java.util.List;

/**
 * A subject with all of its records, as one fact. The rules derive counts and runs from this
 * list instead of joining every record with every subject, which keeps a province's year-end
 * decision (200,000 cadres, 150,000 records) within a second or two and a gigabyte of heap.
 */
public record SubjectRecords(Subject subject, List<ArchiveRecord> records) {

    public SubjectRecords {
        records = List.copyOf(records);
    }
}
