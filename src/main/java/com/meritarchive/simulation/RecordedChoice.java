package com.meritarchive.simulation;

import com.meritarchive.decisionlog.DecisionLabel;
import com.meritarchive.decisionlog.DecisionSummary;
import com.meritarchive.web.BeijingTime;

/**
 * A recorded decision offered as the dataset on the simulation page, as one line of its drop-down
 * list ({@link DecisionLabel}).
 */
record RecordedChoice(String id, String label) {

    static RecordedChoice of(DecisionSummary decision) {
        return new RecordedChoice(decision.decisionId(), DecisionLabel.of(decision, BeijingTime::format));
    }
}
