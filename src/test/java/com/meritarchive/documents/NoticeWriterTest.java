package com.meritarchive.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;

class NoticeWriterTest {

    private final NoticeWriter writer = new NoticeWriter();

    private XWPFDocument render(Documents.Document document) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(writer.docx(document, SampleDocuments.PARAMETERS,
                SampleDocuments.RECORD_DETAIL)));
    }

    private static List<String> texts(XWPFDocument word) {
        return word.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.toList());
    }

    private static List<String> lines(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(cell -> cell.getText()).collect(Collectors.toList());
    }

    @Test
    void shouldCentreTheTitleIn22PointXiaobiaosongFollowedByABlankLine() throws IOException {
        try (XWPFDocument word = render(SampleDocuments.PUBLIC)) {
            XWPFParagraph title = word.getParagraphs().get(0);
            assertThat(title.getText()).isEqualTo("关于2017年度重点工作实绩档案考核结果的公示");
            assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            XWPFRun run = title.getRuns().get(0);
            assertThat(run.getFontSizeAsDouble()).isEqualTo(22.0);
            assertThat(run.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
            assertThat(word.getParagraphs().get(1).getText()).isEmpty();
        }
    }

    @Test
    void shouldLayTheDocumentOnA4WithTheOfficialMargins() throws IOException {
        try (XWPFDocument word = render(SampleDocuments.ORG_DEPT)) {
            var section = word.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).hasToString("11906");
            assertThat(section.getPgSz().getH()).hasToString("16838");
            CTPageMar margins = section.getPgMar();
            assertThat(margins.getTop()).hasToString(String.valueOf(OfficialPage.twips(37)));
            assertThat(margins.getBottom()).hasToString(String.valueOf(OfficialPage.twips(35)));
            assertThat(margins.getLeft()).hasToString(String.valueOf(OfficialPage.twips(28)));
            assertThat(margins.getRight()).hasToString(String.valueOf(OfficialPage.twips(26)));
            assertThat(OfficialPage.twips(37)).isEqualTo(2098);
        }
    }

    @Test
    void shouldWriteThePublicNoticeWithoutAddresseeAndWithPeriodAndTelephone() throws IOException {
        try (XWPFDocument word = render(SampleDocuments.PUBLIC)) {
            XWPFParagraph body = word.getParagraphs().get(2);
            assertThat(body.getText()).startsWith("根据《镇坪县重点工作实绩档案制度（试行）》，经审核，现将2017年度重点工作实绩档案考核结果名单予以公示。")
                    .contains("公示期为2018年1月8日至2018年1月12日（5个工作日）").endsWith("监督电话：0915-xxxxxxx。");
            assertThat(body.getIndentationFirstLine()).isEqualTo(640);
            assertThat(body.getSpacingBetween()).isEqualTo(NoticeWriter.LINE);
            assertThat(body.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
            assertThat(body.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋");
            assertThat(texts(word)).noneMatch(text -> text.endsWith("："));
        }
    }

    @Test
    void shouldAddressAFilingToItsRecipientAndAskForTheRecord() throws IOException {
        try (XWPFDocument word = render(SampleDocuments.ORG_DEPT)) {
            assertThat(word.getParagraphs().get(2).getText()).isEqualTo("县委组织部：");
            assertThat(word.getParagraphs().get(2).getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
            assertThat(word.getParagraphs().get(3).getText()).isEqualTo("现将2017年度重点工作实绩档案考核结果报送你单位，请予备案。");
        }
    }

    @Test
    void shouldTransmitAReferralToTheDisciplineCommissionForAccountability() throws IOException {
        try (XWPFDocument word = render(SampleDocuments.DISCIPLINE)) {
            assertThat(word.getParagraphs().get(2).getText()).isEqualTo("县纪委监察局：");
            assertThat(word.getParagraphs().get(3).getText()).isEqualTo("现将2017年度问题痕迹档案一并移送你单位，请依规问效问责。");
        }
    }

    @Test
    void shouldListEveryEntryUnderABoldRepeatedHeaderWithoutEvidenceInAPublicNotice() throws IOException {
        try (XWPFDocument word = render(new Documents.Document("PUBLIC", SampleDocuments.PUBLIC.title(),
                SampleDocuments.PUBLIC.entries().subList(0, 1)))) {
            assertThat(word.getTables()).hasSize(1);
            XWPFTable table = word.getTables().get(0);
            assertThat(table.getRows()).hasSize(1 + 1);
            assertThat(cells(table.getRow(0))).containsExactly("序号", "姓名/单位", "工作单位", "结果", "依据条款");
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            XWPFRun header = table.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0);
            assertThat(header.isBold()).isTrue();
            assertThat(header.getFontSizeAsDouble()).isEqualTo(12.0);
            assertThat(table.getRow(0).getCell(0).getWidthDecimal()).isLessThan(table.getRow(0).getCell(3).getWidthDecimal());
            assertThat(cells(table.getRow(1))).containsExactly("1", "王建国", "县交通运输局", "年度考核直接评为优秀", "A1");
            assertThat(texts(word)).noneMatch(text -> text.startsWith("一、"));
        }
    }

    @Test
    void shouldHeadEachKindOfResultInHeitiAndNumberItsEntriesOnThroughTheDocument() throws IOException {
        try (XWPFDocument word = render(SampleDocuments.PUBLIC)) {
            List<XWPFParagraph> headings = word.getParagraphs().stream().filter(p -> p.getText().matches("[一二三]、.*")).toList();
            assertThat(headings).extracting(XWPFParagraph::getText).containsExactly("一、年度考核直接评为优秀（1人）",
                    "二、直接推荐重大贡献奖（1人）", "三、年度综合目标考核直接定为优秀（1个单位）");
            XWPFRun run = headings.get(0).getRuns().get(0);
            assertThat(run.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("黑体");
            assertThat(run.getFontSizeAsDouble()).isEqualTo(16.0);
            assertThat(headings.get(0).getCTP().getPPr().isSetKeepNext()).as("kept with its table").isTrue();
            assertThat(word.getTables()).hasSize(3);
            assertThat(cells(word.getTables().get(0).getRow(0))).as("the heading says the result")
                    .containsExactly("序号", "姓名/单位", "工作单位", "依据条款");
            assertThat(cells(word.getTables().get(1).getRow(1))).containsExactly("2", "李秀英", "县水利局", "A2");
            assertThat(cells(word.getTables().get(2).getRow(1))).containsExactly("3", "曾家镇人民政府", "曾家镇人民政府", "U1");
        }
    }

    @Test
    void shouldListEachRecordOfAnEntryOnALineOfItsOwnWithQuarterIndicatorTypeAndStatusInAFiling() throws IOException {
        try (XWPFDocument word = render(SampleDocuments.DISCIPLINE)) {
            assertThat(word.getTables()).hasSize(2);
            XWPFTable table = word.getTables().get(0);
            assertThat(table.getRows()).hasSize(1 + 1);
            assertThat(cells(table.getRow(0))).containsExactly("序号", "姓名/单位", "工作单位", "依据条款", "档案依据");
            assertThat(cells(table.getRow(1))).startsWith("1", "赵磊", "县国土资源局", "Q4");
            XWPFTableCell records = table.getRow(1).getCell(4);
            assertThat(lines(records)).containsExactly("2017年第3季度 城镇居民人均可支配收入增速 问题痕迹档案（已销号）",
                    "2017年第4季度 城镇居民人均可支配收入增速 问题痕迹档案（有效）");
            assertThat(records.getParagraphs()).allSatisfy(line -> assertThat(line.getIndentationHanging()).isPositive());
            assertThat(table.getRow(1).isCantSplitRow()).as("a long list of records may go on over the page").isFalse();
        }
    }

    @Test
    void shouldKeepMarkupCharactersOfNamesAsText() throws IOException {
        Documents.Entry entry = new Documents.Entry("UNIT", "U-1", null, "A&B<县局>\"", "UNIT_ANNUAL_EXCELLENT", "优秀", "U1", List.of());
        try (XWPFDocument word = render(new Documents.Document("PUBLIC", "公示", List.of(entry)))) {
            assertThat(cells(word.getTables().get(0).getRow(1))).containsExactly("1", "A&B<县局>\"", "A&B<县局>\"", "优秀", "U1");
        }
    }

    @Test
    void shouldNameARecordTheRequestLacksByItsId() throws IOException {
        try (XWPFDocument word = render(SampleDocuments.DISCIPLINE)) {
            assertThat(lines(word.getTables().get(1).getRow(1).getCell(4))).containsExactly("T-2017-Q4-007");
        }
    }

    @Test
    void shouldSignWithTheIssuerAndADateWithoutLeadingZerosOnTheRight() throws IOException {
        try (XWPFDocument word = render(SampleDocuments.ORG_DEPT)) {
            List<XWPFParagraph> paragraphs = word.getParagraphs();
            XWPFParagraph issuer = paragraphs.get(paragraphs.size() - 2);
            XWPFParagraph date = paragraphs.get(paragraphs.size() - 1);
            assertThat(issuer.getText()).isEqualTo("中共镇坪县委组织部");
            assertThat(date.getText()).isEqualTo("2018年1月5日");
            assertThat(issuer.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(date.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
        }
    }

    @Test
    void shouldNumberPagesWithDashesInTheFooter() throws IOException {
        try (XWPFDocument word = render(SampleDocuments.PUBLIC)) {
            assertThat(word.getFooterList()).isNotEmpty();
            String footer = word.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText();
            assertThat(footer).contains("— ").contains("PAGE").contains(" —");
        }
    }

    @Test
    void shouldNameTheTitleFontWithSongAsItsFallbackInTheFontTable() throws IOException {
        try (XWPFDocument word = render(SampleDocuments.PUBLIC)) {
            var part = word.getPackage().getPartsByName(java.util.regex.Pattern.compile("/word/fontTable.xml"));
            assertThat(part).hasSize(1);
            String xml = new String(part.get(0).getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xml).contains("w:name=\"方正小标宋简体\"><w:altName w:val=\"宋体\"/>");
        }
    }
}
