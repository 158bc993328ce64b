package com.meritarchive.decisionlog;

import com.meritarchive.system.NotFoundException;

/** A decision id that names no recorded decision (404); a deleted one says who deleted it and when. */
class UnknownDecisionException extends NotFoundException {

    UnknownDecisionException(String id) {
        super("Unknown decision", "No recorded decision with id '" + id + "'");
    }

    UnknownDecisionException(String id, DecisionSummary deletion) {
        super("Unknown decision", "Decision '" + id + "' was deleted by " + deletion.decidedBy() + " at "
                + deletion.decidedAt() + " (recorded as decision '" + deletion.decisionId() + "')");
    }
}
