package com.meritarchive.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.meritarchive.decision.AnnualDecider;
import com.meritarchive.decision.QuarterlyDecider;
import com.meritarchive.decision.Router;
import com.meritarchive.decision.StepDownDecider;
import com.meritarchive.request.RecordInput;
import com.meritarchive.request.RequestReader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import java.util.stream.Collectors;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class DocumentsZipTest {

    private final ObjectMapper json = new ObjectMapper();
    private final DocumentsZip zip = new DocumentsZip(json, new NoticeWriter(), new RosterWriter());

    private Map<String, byte[]> entries() throws IOException {
        return entries(zip.zip(SampleDocuments.PAPERWORK));
    }

    private static Map<String, byte[]> entries(byte[] bytes) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void shouldHoldEachDocumentAsWordAndExcelUnderNumberedChineseNames() throws IOException {
        assertThat(entries().keySet()).containsExactly(
                "01-公示-关于2017年度重点工作实绩档案考核结果的公示.docx", "01-公示-关于2017年度重点工作实绩档案考核结果的公示.xlsx",
                "02-县委组织部-关于报送2017年度重点工作实绩档案考核结果的函.docx", "02-县委组织部-关于报送2017年度重点工作实绩档案考核结果的函.xlsx",
                "03-县纪委监察局-关于移送2017年度问题痕迹档案的函.docx", "03-县纪委监察局-关于移送2017年度问题痕迹档案的函.xlsx",
                "documents.json");
    }

    @Test
    void shouldHoldTheDocumentsAsJsonThatReadsBackTheSame() throws IOException {
        Documents read = json.readValue(entries().get("documents.json"), Documents.class);
        assertThat(read).isEqualTo(SampleDocuments.DOCUMENTS);
    }

    @Test
    void shouldHoldFilesThatOpen() throws IOException {
        for (var entry : entries().entrySet()) {
            if (entry.getKey().endsWith(".docx")) {
                new org.apache.poi.xwpf.usermodel.XWPFDocument(new ByteArrayInputStream(entry.getValue())).close();
            } else if (entry.getKey().endsWith(".xlsx")) {
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(entry.getValue())).close();
            }
        }
    }

    /** The worked examples, decided, routed and zipped: every filing row spells out each of its records; no notice has any. */
    @Test
    void shouldSpellOutEveryRecordOfEveryFilingEntryOfTheWorkedExamplesInWordAndExcelAndNoneInThePublicNotice()
            throws IOException {
        DocumentMaker maker = new DocumentMaker(new AnnualDecider(), new QuarterlyDecider(), new StepDownDecider(), new Router(),
                Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneId.of("Asia/Shanghai")));
        List<Paperwork> examples = List.of(
                maker.annual(RequestReader.annual(example("annual_county")), RoutingWorkbook.SHIPPED, DocumentDates.DEFAULT),
                maker.quarterly(RequestReader.quarterly(example("quarterly_2017Q1")), RoutingWorkbook.SHIPPED, DocumentDates.DEFAULT));
        int filedRecords = 0;
        for (Paperwork paperwork : examples) {
            Map<String, byte[]> files = entries(zip.zip(paperwork));
            int number = 1;
            for (Documents.Document document : paperwork.documents().documents()) {
                String base = DocumentsZip.baseName(number++, document);
                try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(files.get(base + ".docx")));
                        XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(files.get(base + ".xlsx")))) {
                    List<XWPFTableRow> rows = word.getTables().stream().flatMap(t -> t.getRows().stream().skip(1)).toList();
                    Sheet roster = book.getSheet(RosterWriter.SHEET);
                    assertThat(rows).hasSize(document.entries().size());
                    if (document.recipient().equals("PUBLIC")) {
                        assertThat(word.getTables()).allSatisfy(t -> assertThat(t.getRow(0).getTableCells().stream().map(c -> c.getText()).toList()).doesNotContain("档案依据"));
                        assertThat(word.getTables().stream().map(XWPFTable::getText).collect(Collectors.joining()) + sheetText(roster))
                                .doesNotContainPattern("年第\\d季度").doesNotContain("档案（");
                        assertThat(book.getSheet(RosterWriter.DETAIL_SHEET)).isNull();
                        continue;
                    }
                    Sheet detail = book.getSheet(RosterWriter.DETAIL_SHEET);
                    int detailRow = 2;
                    for (int i = 0; i < rows.size(); i++) {
                        XWPFTableRow row = rows.get(i);
                        Row rosterRow = roster.getRow(i + 2);
                        assertThat(row.getCell(0).getText()).isEqualTo(String.valueOf(i + 1));
                        assertThat(rosterRow.getCell(0).getStringCellValue()).isEqualTo(String.valueOf(i + 1));
                        Documents.Entry entry = entryNamed(document, rosterRow);
                        List<String> expected = entry.evidence().stream().map(id -> expectedLine(paperwork.records().evidence(), id)).toList();
                        assertThat(entry.evidence()).as(entry.toString()).isNotEmpty();
                        List<XWPFParagraph> lines = row.getTableCells().get(row.getTableCells().size() - 1).getParagraphs();
                        assertThat(lines).extracting(XWPFParagraph::getText).containsExactlyElementsOf(expected);
                        assertThat(rosterRow.getCell(NoticeTable.headers(document.recipient()).size() - 1).getStringCellValue()).isEqualTo(String.join("\n", expected));
                        for (String id : entry.evidence()) {
                            RecordInput record = paperwork.records().evidence().get(id).orElseThrow();
                            Row detailLine = detail.getRow(detailRow++);
                            assertThat(detailLine.getCell(0).getStringCellValue()).isEqualTo(String.valueOf(i + 1));
                            assertThat(detailLine.getCell(6).getNumericCellValue()).isEqualTo(record.quarter());
                            assertThat(detailLine.getCell(8).getStringCellValue()).isEqualTo(record.indicator());
                            assertThat(detailLine.getCell(9).getStringCellValue() + "（" + detailLine.getCell(10).getStringCellValue() + "）")
                                    .isEqualTo(TYPES.get(record.type()) + "（" + STATUSES.get(record.status()) + "）");
                            assertThat(detailLine.getCell(11).getStringCellValue()).isEqualTo(id);
                            filedRecords++;
                        }
                    }
                    assertThat(detail.getLastRowNum()).isEqualTo(detailRow - 1);
                }
            }
        }
        assertThat(filedRecords).isGreaterThan(20);
    }

    /** What DOCUMENTS.md asks a filing to show of a record, written out here rather than taken from the code under test. */
    private static final Map<String, String> TYPES = Map.of("PERFORMANCE", "实绩档案", "PROBLEM_TRACE", "问题痕迹档案");
    private static final Map<String, String> STATUSES = Map.of("ACTIVE", "有效", "CANCELLED", "已销号");

    private static String expectedLine(EvidenceRecords records, String id) {
        RecordInput r = records.get(id).orElseThrow(() -> new AssertionError("the decision names a record it did not have: " + id));
        return r.year() + "年第" + r.quarter() + "季度 " + r.indicator() + " " + TYPES.get(r.type()) + "（" + STATUSES.get(r.status()) + "）";
    }

    /** The entry a roster row lists: the one with its name, unit and result (the roster keeps 结果, the Word table may not). */
    private static Documents.Entry entryNamed(Documents.Document document, Row row) {
        return document.entries().stream()
                .filter(e -> (e.name() != null ? e.name() : e.unit()).equals(row.getCell(1).getStringCellValue())
                        && e.unit().equals(row.getCell(2).getStringCellValue()) && e.label().equals(row.getCell(3).getStringCellValue()))
                .findFirst().orElseThrow();
    }

    private static String sheetText(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> text.append(cell).append('|')));
        return text.toString();
    }

    private static InputStream example(String name) throws IOException {
        return Files.newInputStream(Path.of("examples", name + ".req.json"));
    }

    @Test
    void shouldMarkEntryNamesAsUtf8() throws IOException {
        byte[] bytes = zip.zip(SampleDocuments.PAPERWORK);
        int flags = (bytes[6] & 0xFF) | (bytes[7] & 0xFF) << 8;
        assertThat(flags & 0x800).as("language encoding flag (bit 11)").isNotZero();
    }

    @Test
    void shouldDropCharactersAFileSystemRefusesFromNames() {
        assertThat(DocumentsZip.safe("关于 a/b:c*d?\"e<f>g|h\\i 的公示")).isEqualTo("关于abcdefghi的公示");
        assertThat(DocumentsZip.safe("..")).isEqualTo("文件");
        assertThat(DocumentsZip.safe("长".repeat(100))).hasSize(60);
    }
}
