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
        return new XSSFWorkbook(new ByteArrayInputStream(new RosterWriter().xlsx(document)));
    }

    private static List<String> values(Row row) {
        List<String> values = new ArrayList<>();
        row.forEach(cell -> values.add(cell.getStringCellValue()));
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
    void shouldWriteOneRowPerEntry() throws IOException {
        try (XSSFWorkbook book = render(SampleDocuments.ORG_DEPT)) {
            XSSFSheet sheet = book.getSheet("名单");
            assertThat(sheet.getLastRowNum()).isEqualTo(1 + 2);
            assertThat(values(sheet.getRow(3))).containsExactly("2", "张伟", "县住建局", "工作实绩表现突出干部名单", "A3",
                    "R-2017-Q2-011、R-2017-Q3-012");
        }
    }

    @Test
    void shouldLeaveEvidenceOutOfAPublicRoster() throws IOException {
        try (XSSFWorkbook book = render(SampleDocuments.PUBLIC)) {
            XSSFSheet sheet = book.getSheet("名单");
            assertThat(values(sheet.getRow(1))).containsExactly("序号", "姓名/单位", "工作单位", "结果", "依据条款");
            assertThat(sheet.getLastRowNum()).isEqualTo(1 + 3);
        }
    }
}
