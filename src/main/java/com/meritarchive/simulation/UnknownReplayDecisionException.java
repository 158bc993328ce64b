package com.meritarchive.simulation;

import com.meritarchive.decisionlog.DecisionSummary;
import com.meritarchive.system.NotFoundException;

/** A replay of a decision id the record does not hold (404); a deleted one says who deleted it and when. */
class UnknownReplayDecisionException extends NotFoundException {

    UnknownReplayDecisionException(String id) {
        super("Unknown decision", "No recorded decision with id '" + id + "'");
    }

    UnknownReplayDecisionException(String id, DecisionSummary deletion) {
        super("Unknown decision", "Decision '" + id + "' was deleted by " + deletion.decidedBy() + " at "
                + deletion.decidedAt() + " (recorded as decision '" + deletion.decisionId() + "')");
    }
}
