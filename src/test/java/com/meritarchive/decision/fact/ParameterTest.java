package com.meritarchive.decision.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A parameter cell read as a list: the separators policy staff type, split once however often a rule reads it. */
class ParameterTest {

    @Test
    void shouldListTheCodesOfACellWhateverSeparatorsItUses() {
        Parameter roles = new Parameter("ARCHIVABLE_ROLES", " LEAD，RESPONSIBLE、 PARTICIPANT;;OTHER；X,Y\tZ ");

        assertThat(roles.values()).containsExactly("LEAD", "RESPONSIBLE", "PARTICIPANT", "OTHER", "X", "Y", "Z");
    }

    @Test
    void shouldGiveTheSameListEachTimeARuleReadsIt() {
        Parameter roles = new Parameter("ARCHIVABLE_ROLES", "LEAD,RESPONSIBLE");

        assertThat(roles.values()).isSameAs(roles.values());
        assertThat(roles).isEqualTo(new Parameter("ARCHIVABLE_ROLES", "LEAD,RESPONSIBLE"));
    }

    @Test
    void shouldListEveryCellRightlyHoweverManyTextsWereSplitBefore() {
        for (int i = 0; i < 2_500; i++) {
            assertThat(new Parameter("P" + i, "A" + i + "、B" + i).values()).containsExactly("A" + i, "B" + i);
        }
        assertThat(new Parameter("P0", "A0、B0").values()).containsExactly("A0", "B0");
    }

    @Test
    void shouldReadASingleNumber() {
        assertThat(new Parameter("RECTIFICATION_QUARTERS", " 1 ").intValue()).isEqualTo(1);
        assertThat(new Parameter("RECTIFICATION_QUARTERS", " 1 ").values()).containsExactly("1");
    }

    @Test
    void shouldRefuseAParameterWithoutAValue() {
        assertThatThrownBy(() -> new Parameter("ARCHIVABLE_ROLES", null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("ARCHIVABLE_ROLES");
    }
}
