package com.meritarchive.documents;

import com.meritarchive.decision.fact.Routable;
import java.util.List;

/** One result of a decision to be sent out: a subject's outcome or new record, with the clause and the records behind it. */
record Result(String subjectType, String subjectId, String code, String rule, List<String> evidence, String managedBy) {

    /** What the routing table sees of this result. */
    Routable routable() {
        return new Routable(subjectType, subjectId, code, managedBy);
    }

    /** Results with the same key are routed alike. */
    String key() {
        return subjectType + "/" + subjectId + "/" + code;
    }
}
