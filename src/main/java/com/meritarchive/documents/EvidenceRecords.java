package com.meritarchive.documents;

import com.meritarchive.decision.QuarterlyDecision;
import com.meritarchive.request.RecordInput;
import com.meritarchive.request.Vocabulary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The records a decision rests on, by id, as they stand after it: the request's records, a
 * quarter's new records, and its cancellations applied. A filing lists each subject's records
 * in full (indicator, quarter, type, status: DOCUMENTS.md), which the JSON model names by id only.
 */
public final class EvidenceRecords {

    private final Map<String, RecordInput> byId = new HashMap<>();

    private EvidenceRecords(List<RecordInput> records) {
        records.forEach(record -> byId.put(record.id(), record));
    }

    /** The records of a year-end request. */
    static EvidenceRecords of(List<RecordInput> records) {
        return new EvidenceRecords(records);
    }

    /** The earlier records of a quarterly request, the records the quarter made, and the traces it cancelled. */
    static EvidenceRecords of(List<RecordInput> records, QuarterlyDecision decision) {
        EvidenceRecords evidence = new EvidenceRecords(records);
        decision.newRecords().forEach(r -> evidence.byId.put(r.id(), new RecordInput(r.id(), r.subjectType(), r.subjectId(),
                r.type(), r.year(), r.quarter(), r.keyWork(), r.indicator(), r.status())));
        decision.cancellations().forEach(c -> evidence.byId.computeIfPresent(c.recordId(), (id, r) -> new RecordInput(r.id(),
                r.subjectType(), r.subjectId(), r.type(), r.year(), r.quarter(), r.keyWork(), r.indicator(), Vocabulary.CANCELLED)));
        return evidence;
    }

    static EvidenceRecords none() {
        return new EvidenceRecords(List.of());
    }

    /** The record with this id, if the decision had it. */
    public Optional<RecordInput> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
