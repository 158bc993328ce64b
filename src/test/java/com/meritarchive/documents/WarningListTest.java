package com.meritarchive.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.meritarchive.decision.AnnualDecider;
import com.meritarchive.decision.QuarterlyDecider;
import com.meritarchive.decision.QuarterlyDecision;
import com.meritarchive.decision.Router;
import com.meritarchive.decision.StepDownDecider;
import com.meritarchive.decision.fact.Warning;
import com.meritarchive.documents.Documents.Document;
import com.meritarchive.request.QuarterlyRequest;
import com.meritarchive.request.RequestReader;
import com.meritarchive.ruleset.CompiledRuleSet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;

/**
 * The quarter's warning lists (预警名单, issue 17): the worked quarter (examples/quarterly_2017Q1)
 * decided with the shipped rule set, with warnings added by hand to its answer, so that the lists
 * are tested apart from the rules that will make the warnings.
 */
class WarningListTest {

    /** What the W rules would say; C001 and C002 work at U01 (县发展和改革局), C004 at U02 (县统计局). */
    static final List<Warning> WARNINGS = List.of(
            new Warning("CADRE", "C001", "ANNUAL_EXCELLENT", "W4", "杨云本年度已有1次实绩档案且无问题痕迹，再有1次实绩档案即年度考核直接评为优秀。",
                    List.of("2017Q1-FAI/C001")),
            new Warning("CADRE", "C002", "MAJOR_CONTRIBUTION_NOMINEE", "W5", "张世兵本年度已有1次实绩档案，再有1次即直接推荐重大贡献奖。",
                    List.of("2017Q1-FAI/C002")),
            new Warning("CADRE", "C004", "KEY_OBSERVATION", "W2", "李强本季度有问题痕迹档案，下季度再有问题痕迹即列为重点观察对象。",
                    List.of("2016Q4-IND/C004")),
            new Warning("UNIT", "S02", "UNIT_ANNUAL_EXCELLENT", "W6", "国家税务总局镇坪县税务局已连续1个季度有实绩档案，下季度再有即年度综合目标考核直接定为优秀。",
                    List.of("2017Q1-TAX/S02")));

    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");

    private final DocumentMaker maker = new DocumentMaker(new AnnualDecider(), withWarnings(WARNINGS), new StepDownDecider(),
            new Router(), Clock.fixed(Instant.parse("2017-04-05T00:00:00Z"), ZoneId.of("Asia/Shanghai")));

    /** The real decision with {@code warnings} in place of the rules' own. */
    static QuarterlyDecider withWarnings(List<Warning> warnings) {
        return new QuarterlyDecider() {
            @Override
            public QuarterlyDecision decide(QuarterlyRequest request, CompiledRuleSet ruleSet) {
                QuarterlyDecision d = super.decide(request, ruleSet);
                return new QuarterlyDecision(d.year(), d.quarter(), d.ruleSet(), d.newRecords(), d.cancellations(), d.cadres(),
                        d.units(), warnings);
            }
        };
    }

    private Paperwork paperwork() throws IOException {
        return maker.quarterly(quarterly2017Q1(), RoutingWorkbook.SHIPPED, DocumentDates.DEFAULT);
    }

    private static List<Document> warningLists(Paperwork paperwork) {
        return paperwork.documents().documents().stream().filter(Document::warningList).toList();
    }

    @Test
    void shouldMakeOneWarningListPerUnitWithWarningsAfterTheRoutedDocuments() throws IOException {
        List<Document> documents = paperwork().documents().documents();

        assertThat(documents).extracting(Document::recipient).endsWith("UNIT", "UNIT", "UNIT");
        assertThat(documents.stream().takeWhile(d -> !d.warningList())).isNotEmpty()
                .allSatisfy(d -> assertThat(Documents.RECIPIENTS).contains(d.recipient()));
        List<Document> lists = warningLists(paperwork());
        assertThat(lists).extracting(Document::unitId).containsExactly("S02", "U01", "U02");
        assertThat(lists).extracting(Document::unitName).containsExactly("国家税务总局镇坪县税务局", "县发展和改革局", "县统计局");
        assertThat(lists).extracting(Document::title).containsOnly("2017年第一季度重点工作预警名单");
    }

    @Test
    void shouldPutACadresWarningInTheListOfTheCadresUnitWithLabelClauseMessageAndEvidence() throws IOException {
        Document u01 = warningLists(paperwork()).get(1);

        assertThat(u01.entries()).extracting(Documents.Entry::subjectId).containsExactly("C002", "C001"); // by name, as every document
        Documents.Entry yang = u01.entries().stream().filter(e -> e.subjectId().equals("C001")).findFirst().orElseThrow();
        assertThat(yang.name()).isEqualTo("杨云");
        assertThat(yang.unit()).isEqualTo("县发展和改革局");
        assertThat(yang.code()).isEqualTo("ANNUAL_EXCELLENT");
        assertThat(yang.label()).isEqualTo("年度考核直接评为优秀");
        assertThat(yang.rule()).isEqualTo("W4");
        assertThat(yang.message()).startsWith("杨云本年度已有1次实绩档案");
        assertThat(yang.evidence()).containsExactly("2017Q1-FAI/C001");
        Document s02 = warningLists(paperwork()).get(0);
        assertThat(s02.entries()).singleElement().satisfies(unit -> {
            assertThat(unit.subjectType()).isEqualTo("UNIT");
            assertThat(unit.rule()).isEqualTo("W6");
        });
    }

    @Test
    void shouldMakeNoWarningListWithoutWarningsAndNoneForAYear() throws IOException {
        DocumentMaker quiet = new DocumentMaker(new AnnualDecider(), withWarnings(List.of()), new StepDownDecider(), new Router(),
                Clock.systemUTC());
        assertThat(quiet.quarterly(quarterly2017Q1(), RoutingWorkbook.SHIPPED, DocumentDates.DEFAULT).documents().documents())
                .noneMatch(Document::warningList);
    }

    @Test
    void shouldSayUnitAndMessageInJsonOnlyOnAWarningList() throws IOException {
        JsonNode json = new ObjectMapper().valueToTree(paperwork().documents());
        JsonNode filing = json.path("documents").get(0);
        assertThat(filing.has("unitId")).isFalse();
        assertThat(filing.has("unitName")).isFalse();
        assertThat(filing.path("entries").get(0).has("message")).isFalse();
        assertThat(filing.has("warningList")).as("no derived property leaks into the answer").isFalse();
        JsonNode list = json.path("documents").get(json.path("documents").size() - 1);
        assertThat(list.path("recipient").asText()).isEqualTo("UNIT");
        assertThat(list.path("unitId").asText()).isEqualTo("U02");
        assertThat(list.path("unitName").asText()).isEqualTo("县统计局");
        assertThat(list.path("entries").get(0).path("message").asText()).contains("重点观察对象");
        assertThat(list.path("entries").get(0).path("evidence").get(0).asText()).isEqualTo("2016Q4-IND/C004");
    }

    @Test
    void shouldWriteTheWordListToTheUnitsHeadWithMessagesAndRecordsInChineseOnly() throws IOException {
        Paperwork paperwork = paperwork();
        Document u01 = warningLists(paperwork).get(1);
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(new NoticeWriter().docx(u01, paperwork.parameters(),
                paperwork.records())))) {
            List<String> paragraphs = word.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs.get(0)).isEqualTo("2017年第一季度重点工作预警名单");
            assertThat(paragraphs).contains("县发展和改革局主要负责人：");
            assertThat(paragraphs).anySatisfy(p -> assertThat(p).contains("预警分析").contains("只差一个季度").contains("不予公示"));
            assertThat(paragraphs).contains("一、预警：年度考核直接评为优秀（1人）", "二、预警：直接推荐重大贡献奖（1人）");
            XWPFTable first = word.getTables().get(0);
            assertThat(first.getRow(0).getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactly("序号", "姓名/单位", "工作单位", "预警条款", "预警说明", "档案依据");
            assertThat(first.getRow(1).getTableCells()).extracting(XWPFTableCell::getText).startsWith("1", "杨云", "县发展和改革局", "W4")
                    .anySatisfy(cell -> assertThat(cell).startsWith("杨云本年度已有1次实绩档案"))
                    .anySatisfy(cell -> assertThat(cell).contains("2017年第1季度").contains("固定资产投资增速"));
            String all = paragraphs.stream().collect(Collectors.joining("\n")) + word.getTables().stream()
                    .flatMap(t -> t.getRows().stream()).flatMap(r -> r.getTableCells().stream()).map(XWPFTableCell::getText)
                    .collect(Collectors.joining("\n"));
            assertThat(LATIN_WORD.matcher(all).find()).as("English in %s", all).isFalse();
        }
    }

    @Test
    void shouldWriteTheExcelListWithItsMessageAndOneRowPerRecord() throws IOException {
        Paperwork paperwork = paperwork();
        Document u02 = warningLists(paperwork).get(2);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(new RosterWriter().xlsx(u02, paperwork.records())))) {
            XSSFSheet list = book.getSheet("名单");
            assertThat(list.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2017年第一季度重点工作预警名单");
            assertThat(values(list.getRow(1))).containsExactly("序号", "姓名/单位", "工作单位", "预警结果", "预警条款", "预警说明", "档案依据");
            assertThat(values(list.getRow(2))).containsExactly("1", "李强", "县统计局", "列入问题痕迹重点观察对象", "W2",
                    WARNINGS.get(2).message(), "2016年第4季度 规模以上工业增加值增速 问题痕迹档案（有效）");
            XSSFSheet detail = book.getSheet("档案明细");
            assertThat(values(detail.getRow(1))).startsWith("序号", "姓名/单位", "工作单位", "预警结果", "预警条款", "年度");
            assertThat(values(detail.getRow(2))).startsWith("1", "李强", "县统计局", "列入问题痕迹重点观察对象", "W2", "2016", "4")
                    .endsWith("2016Q4-IND/C004");
        }
    }

    @Test
    void shouldNameTheFilesAfterTheUnitAndPreviewTheList() throws IOException {
        Paperwork paperwork = paperwork();
        Document u01 = warningLists(paperwork).get(1);
        assertThat(DocumentsZip.baseName(7, u01)).isEqualTo("07-县发展和改革局-2017年第一季度重点工作预警名单");
        DocumentPreview preview = DocumentPreview.of(paperwork, 200).stream().filter(DocumentPreview::isWarnings).toList().get(1);
        assertThat(preview.recipientName()).isEqualTo("县发展和改革局");
        assertThat(preview.noticePeriod()).isNull();
        assertThat(preview.headers()).contains("预警说明");
        // the page's rows are the files' rows: by clause (W4 before W5), numbered as in Word and Excel
        assertThat(preview.rows()).extracting(row -> row.cells().subList(0, 5)).containsExactly(
                List.of("1", "杨云", "县发展和改革局", "年度考核直接评为优秀（ANNUAL_EXCELLENT）", "W4"),
                List.of("2", "张世兵", "县发展和改革局", "直接推荐重大贡献奖（MAJOR_CONTRIBUTION_NOMINEE）", "W5"));
    }

    static List<String> values(Row row) {
        List<String> values = new ArrayList<>();
        row.forEach(cell -> values.add(cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                ? String.valueOf((int) cell.getNumericCellValue()) : cell.getStringCellValue()));
        return values;
    }

    static QuarterlyRequest quarterly2017Q1() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("examples/quarterly_2017Q1.req.json"))) {
            return RequestReader.quarterly(in);
        }
    }
}
