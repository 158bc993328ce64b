package com.meritarchive.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Workbooks inside every zip limit whose cells would fill the heap once POI builds them, written
 * as a careless exporter would: streamed through SXSSF, so that the test itself needs little heap.
 */
public final class HugeWorkbook {

    private static byte[] twoMillionCells;

    private HugeWorkbook() {
    }

    /** 215,000 rows of 10 numbers: 2.15 million cells, about 8 MB zipped. Built once per test run. */
    public static synchronized byte[] twoMillionCells() throws IOException {
        if (twoMillionCells == null) {
            twoMillionCells = xlsx(215_000, 10);
        }
        return twoMillionCells;
    }

    public static byte[] xlsx(int rows, int columns) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            workbook.setCompressTempFiles(true);
            fill(workbook.createSheet("年度考核"), rows, columns);
            return bytes(workbook);
        }
    }

    /** The old binary format, which POI's event API counts. */
    public static byte[] xls(int rows, int columns) throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            fill(workbook.createSheet("年度考核"), rows, columns);
            return bytes(workbook);
        }
    }

    private static void fill(Sheet sheet, int rows, int columns) {
        for (int r = 0; r < rows; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < columns; c++) {
                row.createCell(c).setCellValue(r * 31 + c);
            }
        }
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
