package com.meritarchive.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultGroupsTest {

    private static Documents.Entry entry(String type, String name, String code, String label, String rule) {
        return new Documents.Entry(type, name, name, "县财政局", code, label, rule, List.of());
    }

    @Test
    void shouldOrderResultsByClauseAndNumberEntriesOnThroughTheGroups() {
        Documents.Document document = new Documents.Document("ORG_DEPT", "函", List.of(
                entry("CADRE", "甲", "OUTSTANDING_CADRE_LIST", "列入工作实绩表现突出干部名单", "A3"),
                entry("CADRE", "乙", "ANNUAL_EXCELLENT", "年度考核直接评为优秀", "A1"),
                entry("CADRE", "丙", "OUTSTANDING_CADRE_LIST", "列入工作实绩表现突出干部名单", "A3")));

        List<ResultGroups.Group> groups = ResultGroups.of(document);

        assertThat(groups).extracting(ResultGroups.Group::heading)
                .containsExactly("一、年度考核直接评为优秀（1人）", "二、列入工作实绩表现突出干部名单（2人）");
        assertThat(ResultGroups.numbered(document)).extracting(n -> n.number() + n.entry().name())
                .containsExactly("1乙", "2甲", "3丙");
    }

    @Test
    void shouldLeaveASingleKindOfResultWithoutHeading() {
        Documents.Document document = new Documents.Document("PUBLIC", "公示",
                List.of(entry("CADRE", "甲", "NEW_PERFORMANCE", "新建实绩档案", "Q1"), entry("UNIT", "乙", "NEW_PERFORMANCE", "新建实绩档案", "Q1")));

        assertThat(ResultGroups.of(document)).singleElement().satisfies(group -> assertThat(group.heading()).isNull());
    }

    @Test
    void shouldCountCadresInPersonsAndUnitsApart() {
        assertThat(ResultGroups.heading(2, List.of(entry("UNIT", "乙", "X", "新建实绩档案", "Q1")))).isEqualTo("二、新建实绩档案（1个单位）");
        assertThat(ResultGroups.heading(1, List.of(entry("CADRE", "甲", "X", "新建实绩档案", "Q1"), entry("UNIT", "乙", "X", "新建实绩档案", "Q1"))))
                .isEqualTo("一、新建实绩档案（1人、1个单位）");
    }

    @Test
    void shouldCountHeadingsInChineseNumerals() {
        assertThat(List.of(1, 9, 10, 11, 20, 23)).extracting(ResultGroups::numeral)
                .containsExactly("一", "九", "十", "十一", "二十", "二十三");
    }
}
