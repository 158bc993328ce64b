package com.meritarchive.documents;

import com.meritarchive.request.RecordInput;
import com.meritarchive.web.SpreadsheetStyles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
 * the second, one row per entry in the order and with the 序号 of the Word document (by result,
 * then unit and name), a filing's records one per line in a wrapped cell.
 * A filing adds sheet {@value #DETAIL_SHEET}: one row per record, the subject repeated, with
 * quarter, indicator, type and status in columns of their own and a filter on each, so that a
 * clerk can pick out, say, every trace on one indicator. A unit's warning list (预警名单) is laid out
 * as a filing, with 预警说明 before the records. POI writes the title, the header and the
 * sheets' settings; the data rows are streamed in as text ({@link SheetRows}): a province's filing
 * has 38,000 entries and 100,000 records.
 */
@Component
public class RosterWriter {

    static final String SHEET = "名单";
    static final String DETAIL_SHEET = "档案明细";
    static final List<String> DETAIL_HEADERS = List.of("序号", "姓名/单位", "工作单位", "结果", "依据条款", "年度", "季度", "重点工作",
            "指标", "档案类型", "档案状态", "档案编号");
    /** The same with a warning list's words: 预警结果, 预警条款. */
    static final List<String> WARNING_DETAIL_HEADERS = List.of("序号", "姓名/单位", "工作单位", "预警结果", "预警条款", "年度", "季度",
            "重点工作", "指标", "档案类型", "档案状态", "档案编号");
    private static final int[] WIDTHS = {6, 16, 28, 30, 10, 48};
    private static final int[] WARNING_WIDTHS = {6, 16, 28, 30, 10, 48, 48};
    private static final int[] DETAIL_WIDTHS = {6, 16, 28, 30, 10, 7, 6, 14, 28, 14, 10, 28};
    /** The first data row (1-based): below the title and the header. */
    private static final int FIRST_ROW = 3;

    /** {@code records} spell out a filing's 档案依据; a public roster never shows them. */
    byte[] xlsx(Documents.Document document, RecordDetail records) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = SpreadsheetStyles.header(book);
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            CellStyle plain = book.createCellStyle();
            List<ResultGroups.Numbered> entries = ResultGroups.numbered(document);
            List<SheetRows.Rows> rows = new ArrayList<>();
            rows.add(roster(book, document, entries, records, header, wrap));
            if (!Recipients.isPublic(document.recipient())) {
                rows.add(detail(book, document, entries, records, header, plain));
            }
            book.write(out);
            return SheetRows.splice(out.toByteArray(), rows, FIRST_ROW);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sheet 名单: one row per entry, as in the Word file. */
    private static SheetRows.Rows roster(XSSFWorkbook book, Documents.Document document, List<ResultGroups.Numbered> entries,
            RecordDetail records, CellStyle header, CellStyle wrap) {
        Sheet sheet = book.createSheet(SHEET);
        List<String> headers = NoticeTable.headers(document.recipient());
        title(book, sheet, document.title(), headers.size());
        row(sheet, 1, headers, header);
        sheet.createFreezePane(0, 2);
        int[] widths = Recipients.isWarnings(document.recipient()) ? WARNING_WIDTHS : WIDTHS;
        for (int i = 0; i < headers.size(); i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        return out -> {
            for (ResultGroups.Numbered numbered : entries) {
                out.row(NoticeTable.cells(numbered.number(), numbered.entry(), document.recipient(), records), wrap.getIndex());
            }
        };
    }

    /** Sheet 档案明细: one row per record; 序号 is the entry's number on 名单 and in the Word document. */
    private static SheetRows.Rows detail(XSSFWorkbook book, Documents.Document document, List<ResultGroups.Numbered> entries,
            RecordDetail records, CellStyle header, CellStyle plain) {
        Sheet sheet = book.createSheet(DETAIL_SHEET);
        title(book, sheet, document.title() + "（档案明细）", DETAIL_HEADERS.size());
        row(sheet, 1, Recipients.isWarnings(document.recipient()) ? WARNING_DETAIL_HEADERS : DETAIL_HEADERS, header);
        int count = entries.stream().mapToInt(numbered -> numbered.entry().evidence().size()).sum();
        sheet.createFreezePane(0, 2);
        sheet.setAutoFilter(new CellRangeAddress(1, 1 + count, 0, DETAIL_HEADERS.size() - 1));
        for (int i = 0; i < DETAIL_WIDTHS.length; i++) {
            sheet.setColumnWidth(i, DETAIL_WIDTHS[i] * 256);
        }
        return out -> {
            for (ResultGroups.Numbered numbered : entries) {
                Documents.Entry entry = numbered.entry();
                List<String> subject = NoticeTable.cells(numbered.number(), entry, document.recipient(), records).subList(0, 5);
                for (String id : entry.evidence()) {
                    List<Object> cells = new ArrayList<>(subject);
                    RecordInput record = records.record(id);
                    if (record == null) {
                        cells.addAll(List.of("", "", "", "", "", "", id));
                    } else {
                        cells.addAll(List.of(record.year(), record.quarter(), text(record.keyWork()), text(record.indicator()),
                                records.type(record), records.status(record), id));
                    }
                    out.row(cells, plain.getIndex());
                }
            }
        };
    }

    private static void title(XSSFWorkbook book, Sheet sheet, String title, int columns) {
        Row row = sheet.createRow(0);
        row.createCell(0).setCellValue(title);
        row.getCell(0).setCellStyle(titleStyle(book));
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
    }

    private static void row(Sheet sheet, int index, List<String> values, CellStyle style) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(values.get(i));
            cell.setCellStyle(style);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
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
