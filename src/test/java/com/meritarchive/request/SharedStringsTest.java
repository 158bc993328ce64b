package com.meritarchive.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A province's request repeats a few codes, unit ids, key works and indicators hundreds of thousands
 * of times: read, each value is one string, so that the checked request holds tens of megabytes less.
 */
class SharedStringsTest {

    @Test
    void shouldReadRepeatedValuesAsOneStringAndCodesAsTheVocabularysOwn() throws Exception {
        String json = """
                {"year": 2017,
                 "units": [{"id": "U1", "name": "县发改局", "kind": "STATIONED"}],
                 "cadres": [{"id": "C1", "name": "甲", "unitId": "U1", "managedBy": "ORG_DEPT"},
                            {"id": "C2", "name": "乙", "unitId": "U1", "managedBy": "ORG_DEPT"}],
                 "records": [
                   {"id": "r1", "subjectType": "CADRE", "subjectId": "C1", "type": "PERFORMANCE", "year": 2017,
                    "quarter": 1, "keyWork": "脱贫攻坚", "indicator": "GDP增速"},
                   {"id": "r2", "subjectType": "CADRE", "subjectId": "C2", "type": "PERFORMANCE", "year": 2017,
                    "quarter": 2, "keyWork": "脱贫攻坚", "indicator": "GDP增速", "status": "ACTIVE"}]}
                """;
        AnnualRequest request = RequestReader.annual(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        RecordInput first = request.records().get(0);
        RecordInput second = request.records().get(1);
        assertThat(second.keyWork()).isEqualTo("脱贫攻坚").isSameAs(first.keyWork());
        assertThat(second.indicator()).isEqualTo("GDP增速").isSameAs(first.indicator());
        assertThat(request.cadres().get(1).unitId()).isSameAs(request.cadres().get(0).unitId());
        assertThat(first.type()).isSameAs(Vocabulary.PERFORMANCE);
        assertThat(first.subjectType()).isSameAs(Vocabulary.CADRE);
        assertThat(second.status()).isSameAs(Vocabulary.ACTIVE);
        assertThat(request.cadres().get(0).managedBy()).isSameAs(Vocabulary.ORG_DEPT);
        assertThat(first.id()).isEqualTo("r1");
    }
}
