package com.meritarchive.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.meritarchive.decisionlog.DecisionKind;
import org.junit.jupiter.api.Test;

class RedeciderTest {

    @Test
    void shouldReplayADocumentsRecordAsItsDecisionAndADeletionAsNothing() {
        assertThat(Redecider.decisionKindOf(DecisionKind.DOCUMENTS_ANNUAL)).contains(DecisionKind.ANNUAL);
        assertThat(Redecider.decisionKindOf(DecisionKind.DOCUMENTS_QUARTERLY)).contains(DecisionKind.QUARTERLY);
        assertThat(Redecider.decisionKindOf(DecisionKind.DOCUMENTS_STEP_DOWN)).contains(DecisionKind.STEP_DOWN);
        assertThat(Redecider.decisionKindOf(DecisionKind.QUARTERLY)).contains(DecisionKind.QUARTERLY);
        assertThat(Redecider.decisionKindOf(DecisionKind.DELETION)).isEmpty();
    }
}
