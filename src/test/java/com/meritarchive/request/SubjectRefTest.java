package com.meritarchive.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import org.junit.jupiter.api.Test;

/** A subject's equality and hash, spelt out, are a record's: by type and id, null parts too. */
class SubjectRefTest {

    @Test
    void shouldBeEqualByTypeAndIdAsARecordIs() {
        SubjectRef cadre = SubjectRef.cadre("C001");

        assertThat(cadre).isEqualTo(new SubjectRef(Vocabulary.CADRE, new String("C001")))
                .hasSameHashCodeAs(new SubjectRef(Vocabulary.CADRE, new String("C001")))
                .isNotEqualTo(SubjectRef.unit("C001")).isNotEqualTo(SubjectRef.cadre("C002")).isNotEqualTo("CADRE:C001");
        assertThat(new SubjectRef(null, null)).isEqualTo(new SubjectRef(null, null)).isNotEqualTo(cadre)
                .hasSameHashCodeAs(new SubjectRef(null, null));
        assertThat(cadre).isNotEqualTo(new SubjectRef(null, "C001"));
        assertThat(cadre.hashCode()).isEqualTo(31 * Objects.hashCode(Vocabulary.CADRE) + "C001".hashCode());
    }
}
