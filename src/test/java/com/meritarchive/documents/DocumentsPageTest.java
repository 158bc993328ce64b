package com.meritarchive.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The 公示与备案 page against the real rule sets (MockMvc, no browser): a dataset that breaks the
 * contract or is not JSON is explained in Chinese and nothing is made or kept; hr chooses only
 * published versions, an author any; the zip of what is on screen is the API's zip.
 */
@SpringBootTest(properties = {"merit.data-dir=target/it-data/documents-page-${random.uuid}"})
@AutoConfigureMockMvc
class DocumentsPageTest {

    private static final UserRequestPostProcessor HR = user("hr").roles("DECIDE");
    private static final UserRequestPostProcessor AUTHOR = user("author").roles("DECIDE", "AUTHOR");

    @Autowired
    MockMvc mvc;

    @Test
    void shouldExplainAnInvalidDatasetInChineseAndMakeNothing() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult result = mvc.perform(upload("broken.req.json", ("{\"year\":2017,\"units\":[],\"cadres\":[{\"id\":\"C1\","
                        + "\"name\":\"杨云\",\"unitId\":\"U9\",\"managedBy\":\"ORG_DEPT\"}],\"records\":[],\"yaer\":1}")
                        .getBytes(StandardCharsets.UTF_8)).with(HR).session(session))
                .andExpect(status().isUnprocessableEntity()).andReturn();

        assertThat(errors(result)).contains("位置 /cadres/0/unitId（第 1 个干部的 unitId）：没有这个单位：U9",
                "位置 /yaer：未知字段“yaer”：可用的字段为 year、units、cadres、records");
        assertThat(result.getModelAndView().getModel()).doesNotContainKeys("documents", "zipKey");
        assertThat(Collections.list(session.getAttributeNames())).noneMatch(name -> name.contains("RecentResults"));
        String page = result.getResponse().getContentAsString();
        assertThat(page).contains("无法生成文件", "broken.req.json", "没有生成任何文件").doesNotContain("is required", "unknown");
    }

    @Test
    void shouldSayInChineseThatAFileIsNotJsonOrNotUtf8() throws Exception {
        MvcResult notJson = mvc.perform(upload("名单.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0}).with(HR))
                .andExpect(status().isUnprocessableEntity()).andReturn();
        assertThat(errors(notJson)).singleElement().asString().startsWith("数据文件不是有效的 JSON（第 1 行");

        MvcResult gbk = mvc.perform(upload("gbk.json", "{\"year\":2017,\"units\":[{\"id\":\"U1\",\"name\":\"县统计局\"}]}"
                .getBytes(Charset.forName("GBK"))).with(HR)).andExpect(status().isUnprocessableEntity()).andReturn();
        assertThat(errors(gbk)).singleElement().asString().startsWith("数据文件不是 UTF-8 编码");

        MvcResult none = mvc.perform(upload("empty.json", new byte[0]).with(HR))
                .andExpect(status().isUnprocessableEntity()).andReturn();
        assertThat(errors(none)).containsExactly("请选择数据文件（人事系统发送的年度或季度请求 JSON）。");
    }

    @Test
    void shouldPreviewTheCountysDocumentsPerRecipientAndDownloadTheApisZip() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult result = mvc.perform(upload("annual_county.req.json", Files.readAllBytes(Path.of("examples",
                        "annual_county.req.json"))).param("documentDate", "2018-01-05").with(HR).session(session))
                .andExpect(status().isOk()).andReturn();

        @SuppressWarnings("unchecked")
        List<DocumentPreview> documents = (List<DocumentPreview>) result.getModelAndView().getModel().get("documents");
        assertThat(documents).extracting(DocumentPreview::recipient).first().isEqualTo("PUBLIC");
        DocumentPreview notice = documents.get(0);
        assertThat(notice.title()).isEqualTo("关于2017年度重点工作实绩档案考核结果的公示");
        assertThat(notice.noticePeriod()).isEqualTo("2018年1月8日至2018年1月12日（5个工作日）");
        assertThat(notice.headers()).doesNotContain("档案依据");
        assertThat(notice.rows()).anySatisfy(row -> assertThat(row.cells()).contains("杨云", "县发展和改革局",
                "年度考核直接评为优秀（ANNUAL_EXCELLENT）", "A1"));
        assertThat(documents.subList(1, documents.size())).isNotEmpty().allSatisfy(filing -> {
            assertThat(filing.noticePeriod()).isNull();
            assertThat(filing.headers()).last().isEqualTo("档案依据");
        });
        String page = result.getResponse().getContentAsString();
        assertThat(page).contains("关于2017年度重点工作实绩档案考核结果的公示", "县委组织部", "成文日期 <span id=\"signed\">2018年1月5日");

        String key = (String) result.getModelAndView().getModel().get("zipKey");
        MvcResult zip = mvc.perform(get("/ui/documents/" + key + "/documents.zip").with(HR).session(session))
                .andExpect(status().isOk()).andReturn();
        assertThat(zip.getResponse().getContentType()).isEqualTo("application/zip");
        assertThat(zip.getResponse().getHeader("Content-Disposition"))
                .contains("filename*=UTF-8''" + java.net.URLEncoder.encode("2017年度公示与备案.zip", StandardCharsets.UTF_8));
        List<String> names = entries(zip.getResponse().getContentAsByteArray());
        assertThat(names).contains("documents.json").anyMatch(n -> n.endsWith(".docx")).anyMatch(n -> n.endsWith(".xlsx"))
                .hasSize(2 * documents.size() + 1);

        // another session has no such documents: a Chinese 404, not someone else's files
        mvc.perform(get("/ui/documents/" + key + "/documents.zip").with(HR)).andExpect(status().isNotFound());
    }

    @Test
    void shouldTellAQuarterlyDatasetByItsQuarterOrAsChosen() throws Exception {
        byte[] quarter = Files.readAllBytes(Path.of("examples", "quarterly_2017Q1.req.json"));
        MvcResult auto = mvc.perform(upload("q.json", quarter).with(HR)).andExpect(status().isOk()).andReturn();
        assertThat(auto.getModelAndView().getModel().get("period")).isEqualTo("2017年第一季度");
        // the quarter's warning lists follow the routed documents, one per unit with warnings
        @SuppressWarnings("unchecked")
        List<DocumentPreview> documents = (List<DocumentPreview>) auto.getModelAndView().getModel().get("documents");
        assertThat(documents).filteredOn(DocumentPreview::isWarnings).extracting(DocumentPreview::recipientName)
                .containsExactly("县发展和改革局", "县统计局", "县财政局");
        assertThat(documents.get(documents.size() - 1).isWarnings()).isTrue();
        assertThat(auto.getResponse().getContentAsString()).contains("预警 县发展和改革局", "县发展和改革局</span>（主要负责人）");

        MvcResult asAnnual = mvc.perform(upload("q.json", quarter).param("kind", "annual").with(HR))
                .andExpect(status().isUnprocessableEntity()).andReturn();
        assertThat(errors(asAnnual)).anyMatch(e -> e.startsWith("位置 /quarter：未知字段“quarter”"));
    }

    @Test
    void shouldRefuseANoticeStartingBeforeTheDocumentsAreSigned() throws Exception {
        MvcResult result = mvc.perform(upload("a.json", Files.readAllBytes(Path.of("examples", "annual_county.req.json")))
                .param("documentDate", "2018-01-05").param("noticeStart", "2018-01-04").with(HR))
                .andExpect(status().isUnprocessableEntity()).andReturn();
        assertThat(errors(result)).containsExactly("公示开始日期（2018-01-04）不能早于成文日期（2018-01-05）。");
        assertThat(result.getModelAndView().getModel()).doesNotContainKey("documents");
    }

    @Test
    void shouldOfferHrOnlyPublishedVersionsAndAnAuthorEveryVersion() throws Exception {
        String unpublished = uploadA1ThresholdThree();

        assertThat(versions(HR)).doesNotContain(unpublished).isNotEmpty();
        assertThat(versions(AUTHOR)).contains(unpublished);

        MvcResult refused = mvc.perform(upload("a.json", Files.readAllBytes(Path.of("examples", "annual_county.req.json")))
                .param("version", unpublished).with(HR)).andExpect(status().isUnprocessableEntity()).andReturn();
        assertThat(errors(refused)).containsExactly("规则版本 " + unpublished + " 不能选用：请从列表中选择（hr 账号只能使用发布过的版本）。");
        assertThat(refused.getModelAndView().getModel()).doesNotContainKey("documents");

        MvcResult authored = mvc.perform(upload("a.json", Files.readAllBytes(Path.of("examples", "annual_county.req.json")))
                .param("version", unpublished).with(AUTHOR)).andExpect(status().isOk()).andReturn();
        assertThat(authored.getResponse().getContentAsString()).contains(unpublished, "关于2017年度重点工作实绩档案考核结果的公示");
    }

    @Test
    void shouldBeClosedToAnonymousCallers() throws Exception {
        mvc.perform(get("/ui/documents")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/ui/documents").with(HR)).andExpect(status().isOk());
    }

    private List<String> versions(UserRequestPostProcessor who) throws Exception {
        MvcResult page = mvc.perform(get("/ui/documents").with(who)).andExpect(status().isOk()).andReturn();
        @SuppressWarnings("unchecked")
        List<VersionOption> versions = (List<VersionOption>) page.getModelAndView().getModel().get("versions");
        return versions.stream().map(VersionOption::id).toList();
    }

    /** The README's A1 = 3 workbook, stored but not published. */
    private String uploadA1ThresholdThree() throws Exception {
        MvcResult stored = mvc.perform(multipart("/api/v1/rulesets").file(new MockMultipartFile("file", "Annual.drl.xlsx",
                "application/octet-stream", Files.readAllBytes(Path.of("examples", "A1-threshold-3", "Annual.drl.xlsx"))))
                .with(AUTHOR)).andReturn();
        assertThat(stored.getResponse().getStatus()).as(stored.getResponse().getContentAsString()).isBetween(200, 201);
        return new ObjectMapper().readTree(stored.getResponse().getContentAsByteArray()).get("id").asText();
    }

    private static MockMultipartHttpServletRequestBuilder upload(String name, byte[] content) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/ui/documents")
                .file(new MockMultipartFile("dataset", name, "application/json", content)).with(csrf());
    }

    @SuppressWarnings("unchecked")
    private static List<String> errors(MvcResult result) {
        return (List<String>) result.getModelAndView().getModel().get("errors");
    }

    private static List<String> entries(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
