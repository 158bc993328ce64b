package com.meritarchive.decision.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A parameter cell read as a list: the separators policy staff type, split once when the fact is made. */
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
    void shouldReadASingleNumber() {
        assertThat(new Parameter("RECTIFICATION_QUARTERS", " 1 ").intValue()).isEqualTo(1);
        assertThat(new Parameter("RECTIFICATION_QUARTERS", " 1 ").values()).containsExactly("1");
    }

    @Test
    void shouldRefuseAListThatIsNotItsValues() {
        assertThatThrownBy(() -> new Parameter("ARCHIVABLE_ROLES", "LEAD,RESPONSIBLE", List.of("LEAD")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ARCHIVABLE_ROLES");
    }
}
