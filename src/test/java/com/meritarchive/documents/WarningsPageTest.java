package com.meritarchive.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.meritarchive.decision.QuarterlyDecider;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The 预警名单 page (MockMvc, no browser) with the quarter's warnings of {@link WarningListTest}: a
 * quarterly file's or a recorded quarterly decision's warnings grouped by unit, each unit's list and
 * all of them as Excel; the wrong data, or another's decision, explained in Chinese.
 */
// not under target/: its decisions are recorded with made-up warnings, which the reproducibility check
// (ReproducibilityIT, every data dir under target/) would rightly find no rule set gives again
@SpringBootTest(properties = {"merit.data-dir=${java.io.tmpdir}/merit-warnings-page-${random.uuid}"})
@AutoConfigureMockMvc
class WarningsPageTest {

    private static final UserRequestPostProcessor HR = user("hr").roles("DECIDE");
    private static final UserRequestPostProcessor OTHER_HR = user("hr2").roles("DECIDE");

    @TestConfiguration
    static class Warned {
        @Bean
        @Primary
        QuarterlyDecider warnedQuarter() {
            return WarningListTest.withWarnings(WarningListTest.WARNINGS);
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void shouldShowAQuarterlyFilesWarningsByUnitAndDownloadEachUnitsListAndAllAsExcel() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult result = mvc.perform(upload("quarterly_2017Q1.req.json", quarter()).with(HR).session(session))
                .andExpect(status().isOk()).andReturn();

        List<DocumentPreview> lists = lists(result);
        assertThat(lists).extracting(DocumentPreview::recipientName).containsExactly("国家税务总局镇坪县税务局", "县发展和改革局", "县统计局");
        assertThat(lists.get(1).rows()).extracting(row -> row.cells().get(1)).as("by clause, W4 before W5").containsExactly("杨云", "张世兵");
        assertThat(result.getModelAndView().getModel().get("warningCount")).isEqualTo(4);
        String page = result.getResponse().getContentAsString();
        assertThat(page).contains("2017年第一季度重点工作预警名单", "县发展和改革局主要负责人", "data-unit=\"U01\"",
                "年度考核直接评为优秀（ANNUAL_EXCELLENT）", WarningListTest.WARNINGS.get(0).message());

        String key = (String) result.getModelAndView().getModel().get("key");
        try (XSSFWorkbook all = workbook(mvc.perform(get(WarningsPage.PATH + "/" + key + "/warnings.xlsx").with(HR).session(session))
                .andExpect(status().isOk()).andReturn())) {
            XSSFSheet sheet = all.getSheet("名单");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2017年第一季度重点工作预警名单（全部单位）");
            assertThat(sheet.getLastRowNum()).isEqualTo(1 + 4);
        }
        MvcResult one = mvc.perform(get(WarningsPage.PATH + "/" + key + "/warnings.xlsx").param("unit", "U01").with(HR).session(session))
                .andExpect(status().isOk()).andReturn();
        assertThat(one.getResponse().getHeader("Content-Disposition")).contains(java.net.URLEncoder.encode(
                "2017年第一季度重点工作预警名单-县发展和改革局.xlsx", java.nio.charset.StandardCharsets.UTF_8));
        try (XSSFWorkbook u01 = workbook(one)) {
            assertThat(WarningListTest.values(u01.getSheet("名单").getRow(1))).contains("预警说明");
            assertThat(u01.getSheet("名单").getLastRowNum()).isEqualTo(1 + 2);
        }
        mvc.perform(get(WarningsPage.PATH + "/" + key + "/warnings.xlsx").param("unit", "U99").with(HR).session(session))
                .andExpect(status().isNotFound());
        mvc.perform(get(WarningsPage.PATH + "/" + key + "/warnings.xlsx").with(HR)).andExpect(status().isNotFound());
    }

    @Test
    void shouldShowTheWarningsOfARecordedQuarterlyDecisionToWhoeverMayReadIt() throws Exception {
        MvcResult decided = mvc.perform(post("/api/v1/decisions/quarterly").contentType(MediaType.APPLICATION_JSON).content(quarter())
                .with(HR).with(csrf())).andExpect(status().isOk()).andReturn();
        String id = new ObjectMapper().readTree(decided.getResponse().getContentAsByteArray()).get("decisionId").asText();

        MvcResult form = mvc.perform(get(WarningsPage.PATH).with(HR)).andExpect(status().isOk()).andReturn();
        @SuppressWarnings("unchecked")
        List<RecordedQuarters.Option> offered = (List<RecordedQuarters.Option>) form.getModelAndView().getModel().get("recorded");
        assertThat(offered).anySatisfy(option -> {
            assertThat(option.id()).isEqualTo(id);
            assertThat(option.label()).startsWith("2017 年第 1 季度 · 季度决策 · ").matches(".* · hr · 规则版本 [0-9a-f]{12} · " + id);
        });
        MvcResult otherForm = mvc.perform(get(WarningsPage.PATH).with(OTHER_HR)).andExpect(status().isOk()).andReturn();
        assertThat(otherForm.getModelAndView().getModel().get("recorded").toString()).doesNotContain(id);

        MvcResult shown = mvc.perform(choose(id).with(HR)).andExpect(status().isOk()).andReturn();
        assertThat(lists(shown)).extracting(DocumentPreview::title).containsOnly("2017年第一季度重点工作预警名单").hasSize(3);
        assertThat(shown.getResponse().getContentAsString()).contains("已记录的决策", id);

        MvcResult refused = mvc.perform(choose(id).with(OTHER_HR)).andExpect(status().isUnprocessableEntity()).andReturn();
        assertThat(errors(refused)).containsExactly("决策 " + id + " 由其他账号作出：只有作出决策的账号、规则作者和管理员可以查看。");
        MvcResult unknown = mvc.perform(choose("no-such-decision").with(HR)).andExpect(status().isUnprocessableEntity()).andReturn();
        assertThat(errors(unknown)).containsExactly("找不到编号为 no-such-decision 的决策（编号有误，或已删除）。");
    }

    @Test
    void shouldExplainInChineseWhyThereAreNoWarningsToShow() throws Exception {
        MvcResult annual = mvc.perform(upload("annual_county.req.json", Files.readAllBytes(Path.of("examples", "annual_county.req.json")))
                .with(HR)).andExpect(status().isUnprocessableEntity()).andReturn();
        assertThat(errors(annual)).containsExactly("预警只针对季度数据：数据文件中没有 quarter（季度），请上传季度请求 JSON。");
        assertThat(annual.getModelAndView().getModel()).doesNotContainKeys("lists", "key");

        MvcResult both = mvc.perform(upload("q.json", quarter()).param("decision", "abc").with(HR))
                .andExpect(status().isUnprocessableEntity()).andReturn();
        assertThat(errors(both)).singleElement().asString().startsWith("请只选一种数据");

        MvcResult broken = mvc.perform(upload("q.json", "{\"year\":2017,\"quarter\":5,\"units\":[],\"cadres\":[],\"assessments\":[],\"records\":[],\"x\":1}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).with(HR)).andExpect(status().isUnprocessableEntity()).andReturn();
        assertThat(errors(broken)).anyMatch(e -> e.startsWith("位置 /x：未知字段“x”"));

        MvcResult annualRecord = mvc.perform(post("/api/v1/decisions/annual").contentType(MediaType.APPLICATION_JSON)
                .content(Files.readAllBytes(Path.of("examples", "annual_county.req.json"))).with(HR).with(csrf()))
                .andExpect(status().isOk()).andReturn();
        String id = new ObjectMapper().readTree(annualRecord.getResponse().getContentAsByteArray()).get("decisionId").asText();
        assertThat(errors(mvc.perform(choose(id).with(HR)).andExpect(status().isUnprocessableEntity()).andReturn()))
                .containsExactly("决策 " + id + " 不是季度决策：预警只针对季度决策。");
    }

    @Test
    void shouldBeOpenToHrAndClosedToAnonymousCallers() throws Exception {
        mvc.perform(get(WarningsPage.PATH)).andExpect(status().is3xxRedirection());
        MvcResult page = mvc.perform(get(WarningsPage.PATH).with(HR)).andExpect(status().isOk()).andReturn();
        assertThat(page.getResponse().getContentAsString()).contains("预警名单", "查看预警");
    }

    private static byte[] quarter() throws Exception {
        return Files.readAllBytes(Path.of("examples", "quarterly_2017Q1.req.json"));
    }

    private static MockMultipartHttpServletRequestBuilder upload(String name, byte[] content) {
        return (MockMultipartHttpServletRequestBuilder) multipart(WarningsPage.PATH)
                .file(new MockMultipartFile("dataset", name, "application/json", content)).with(csrf());
    }

    private static MockMultipartHttpServletRequestBuilder choose(String decision) {
        return (MockMultipartHttpServletRequestBuilder) multipart(WarningsPage.PATH).param("decision", decision).with(csrf());
    }

    private static XSSFWorkbook workbook(MvcResult result) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
    }

    @SuppressWarnings("unchecked")
    private static List<DocumentPreview> lists(MvcResult result) {
        return (List<DocumentPreview>) result.getModelAndView().getModel().get("lists");
    }

    @SuppressWarnings("unchecked")
    private static List<String> errors(MvcResult result) {
        return (List<String>) result.getModelAndView().getModel().get("errors");
    }
}
