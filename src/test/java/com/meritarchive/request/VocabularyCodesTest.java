package com.meritarchive.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A province's request repeats a few codes hundreds of thousands of times: read, each is the
 * vocabulary's own string, so that the checked request does not hold one string per record for them.
 * (Unit ids, key works and indicators are left as read: making them one string per value cost a
 * province's reading about 80 ms, measured, for tens of megabytes of heap it did not need.)
 */
class VocabularyCodesTest {

    @Test
    void shouldReadCodesAsTheVocabularysOwnStrings() throws Exception {
        String json = """
                {"year": 2017,
                 "units": [{"id": "U1", "name": "县发改局", "kind": "STATIONED"}],
                 "cadres": [{"id": "C1", "name": "甲", "unitId": "U1", "managedBy": "ORG_DEPT"}],
                 "records": [
                   {"id": "r1", "subjectType": "CADRE", "subjectId": "C1", "type": "PERFORMANCE", "year": 2017,
                    "quarter": 1, "keyWork": "脱贫攻坚", "indicator": "GDP增速"},
                   {"id": "r2", "subjectType": "UNIT", "subjectId": "U1", "type": "PROBLEM_TRACE", "year": 2017,
                    "quarter": 2, "indicator": "GDP增速", "status": "CANCELLED"}]}
                """;
        AnnualRequest request = RequestReader.annual(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        RecordInput first = request.records().get(0);
        RecordInput second = request.records().get(1);
        assertThat(first.type()).isSameAs(Vocabulary.PERFORMANCE);
        assertThat(first.subjectType()).isSameAs(Vocabulary.CADRE);
        assertThat(first.status()).isSameAs(Vocabulary.ACTIVE);
        assertThat(second.type()).isSameAs(Vocabulary.PROBLEM_TRACE);
        assertThat(second.subjectType()).isSameAs(Vocabulary.UNIT);
        assertThat(second.status()).isSameAs(Vocabulary.CANCELLED);
        assertThat(request.cadres().get(0).managedBy()).isSameAs(Vocabulary.ORG_DEPT);
        assertThat(request.units().get(0).kind()).isSameAs(Vocabulary.STATIONED);
        assertThat(first.keyWork()).isEqualTo("脱贫攻坚");
    }
}
