package com.meritarchive.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckTextTest {

    @Test
    void shouldSayTheCommonRequestChecksInChineseAtTheirPointer() {
        assertThat(CheckText.describe("/year", "is required")).isEqualTo("位置 /year：必须填写");
        assertThat(CheckText.describe("", "must be a JSON object")).isEqualTo("位置 /：必须是 JSON 对象（{…}）");
        assertThat(CheckText.describe("/records/0/quarter", "must be an integer")).isEqualTo("位置 /records/0/quarter（第 1 个档案的 quarter）：必须是整数");
        assertThat(CheckText.describe("/cadres/11", "must be a JSON object")).isEqualTo("位置 /cadres/11（第 12 个干部）：必须是 JSON 对象（{…}）");
        assertThat(CheckText.describe("/annual/units/2/name", "is required")).isEqualTo("位置 /annual/units/2/name（第 3 个单位的 name）：必须填写");
        assertThat(CheckText.describe("/assessments/0/group/1/role", "is required"))
                .isEqualTo("位置 /assessments/0/group/1/role（第 1 个考核排名的 group/1/role）：必须填写");
        assertThat(CheckText.message("must be between 1 and 4, was 5")).isEqualTo("必须在 1 到 4 之间，实际为 5");
        assertThat(CheckText.message("unknown field 'yaer'; the fields of the request are year, units, cadres"))
                .isEqualTo("未知字段“yaer”：可用的字段为 year、units、cadres");
        assertThat(CheckText.message("the field 'year' appears twice")).isEqualTo("字段“year”出现了两次");
        assertThat(CheckText.message("must be one of ORG_DEPT, HR_BUREAU, was 'X'"))
                .isEqualTo("必须是 ORG_DEPT、HR_BUREAU 之一，实际为“X”");
        assertThat(CheckText.message("unknown unit 'U9'")).isEqualTo("没有这个单位：U9");
    }

    @Test
    void shouldShowAMessageItDoesNotKnowAsItIs() {
        assertThat(CheckText.message("没有这个版本")).isEqualTo("没有这个版本");
    }
}
