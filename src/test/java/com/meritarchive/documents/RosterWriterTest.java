package com.meritarchive.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class RosterWriterTest {

    private static XSSFWorkbook render(Documents.Document document) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(new RosterWriter().xlsx(document, SampleDocuments.RECORD_DETAIL)));
    }

    private static List<String> values(Row row) {
        List<String> values = new ArrayList<>();
        row.forEach(cell -> values.add(cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                ? String.valueOf((int) cell.getNumericCellValue()) : cell.getStringCellValue()));
        return values;
    }

    @Test
    void shouldPutTheTitleAboveABoldFrozenChineseHeader() throws IOException {
        try (XSSFWorkbook book = render(SampleDocuments.ORG_DEPT)) {
            XSSFSheet sheet = book.getSheet("名单");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(SampleDocuments.ORG_DEPT.title());
            assertThat(values(sheet.getRow(1))).containsExactly("序号", "姓名/单位", "工作单位", "结果", "依据条款", "档案依据");
            assertThat(book.getFontAt(sheet.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getColumnWidth(1)).isGreaterThanOrEqualTo(12 * 256);
        }
    }

    @Test
    void shouldWriteOneRowPerEntryWithItsRecordsOnePerLineInAWrappedCell() throws IOException {
        try (XSSFWorkbook book = render(SampleDocuments.ORG_DEPT)) {
            XSSFSheet sheet = book.getSheet("名单");
            assertThat(sheet.getLastRowNum()).isEqualTo(1 + 2);
            assertThat(values(sheet.getRow(3))).containsExactly("2", "张伟", "县住建局", "工作实绩表现突出干部名单", "A3",
                    "2017年第2季度 招商引资到位资金 实绩档案（有效）\n2017年第3季度 招商引资到位资金 实绩档案（有效）");
            assertThat(sheet.getRow(3).getCell(5).getCellStyle().getWrapText()).isTrue();
        }
    }

    @Test
    void shouldAddASheetWithOneFilterableRowPerRecordToAFiling() throws IOException {
        try (XSSFWorkbook book = render(SampleDocuments.DISCIPLINE)) {
            XSSFSheet sheet = book.getSheet("档案明细");
            assertThat(values(sheet.getRow(1))).containsExactly("序号", "姓名/单位", "工作单位", "结果", "依据条款", "年度", "季度",
                    "重点工作", "指标", "档案类型", "档案状态", "档案编号");
            assertThat(sheet.getLastRowNum()).as("two records of 赵磊, one of 陈静").isEqualTo(1 + 3);
            assertThat(values(sheet.getRow(2))).containsExactly("1", "赵磊", "县国土资源局", "移送县纪委监察局问效问责", "Q4", "2017", "3",
                    "追赶超越", "城镇居民人均可支配收入增速", "问题痕迹档案", "已销号", "T-2017-Q3-002");
            assertThat(values(sheet.getRow(3))).startsWith("1", "赵磊").contains("有效", "T-2017-Q4-005");
            assertThat(values(sheet.getRow(4))).startsWith("2", "陈静").endsWith("", "", "", "", "", "", "T-2017-Q4-007");
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:L5");
        }
    }

    @Test
    void shouldLeaveEvidenceOutOfAPublicRoster() throws IOException {
        try (XSSFWorkbook book = render(SampleDocuments.PUBLIC)) {
            XSSFSheet sheet = book.getSheet("名单");
            assertThat(values(sheet.getRow(1))).containsExactly("序号", "姓名/单位", "工作单位", "结果", "依据条款");
            assertThat(sheet.getLastRowNum()).isEqualTo(1 + 3);
            assertThat(book.getSheet("档案明细")).isNull();
        }
    }
}
