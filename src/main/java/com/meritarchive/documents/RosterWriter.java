package com.meritarchive.documents;

import com.meritarchive.web.SpreadsheetStyles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The same document as a roster (名单) staff sort, filter and paste into their own ledgers: the
 * title in the first row, the notice's columns (no evidence on a public notice) bold and frozen in
 * the second, one row per entry, widths a Chinese name and clause fit.
 */
@Component
public class RosterWriter {

    static final String SHEET = "名单";
    private static final int[] WIDTHS = {6, 16, 28, 30, 12, 36};

    public byte[] xlsx(Documents.Document document) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(SHEET);
            List<String> headers = NoticeTable.headers(document.recipient());
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(document.title());
            title.getCell(0).setCellStyle(titleStyle(book));
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.size() - 1));
            row(sheet, 1, headers, SpreadsheetStyles.header(book));
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            int number = 1;
            for (Documents.Entry entry : document.entries()) {
                row(sheet, number + 1, NoticeTable.cells(number, entry, document.recipient()), wrap);
                number++;
            }
            sheet.createFreezePane(0, 2);
            for (int i = 0; i < headers.size(); i++) {
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Sheet sheet, int index, List<String> values, CellStyle style) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(values.get(i));
            cell.setCellStyle(style);
        }
    }

    private static CellStyle titleStyle(XSSFWorkbook book) {
        CellStyle style = book.createCellStyle();
        Font font = book.createFont();
        font.setBold(true);
        font.setFontHeightInPoints((short) 14);
        style.setFont(font);
        return style;
    }
}
