package com.meritarchive.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The same workbook as other programs write it, nothing typed differently: each is one way a
 * file saved by Excel, WPS, LibreOffice or a spreadsheet library differs from the shipped one.
 */
public final class OtherPrograms {

    private OtherPrograms() {
    }

    /** Every way of writing the same cells, by name. */
    public static Map<String, UnaryOperator<byte[]>> saves() {
        return Map.of(
                "only the top-left cell of each merged range", OtherPrograms::topLeftOnly,
                "inline strings (a streaming writer)", OtherPrograms::inlineStrings,
                "numbers stored as text", OtherPrograms::numbersAsText,
                "whole numbers as 2.0 text", OtherPrograms::decimalText,
                "styled blank cells and a thousands format", OtherPrograms::styledBlanks);
    }

    /** A library that writes only the top-left cell of a merged range (the others are not in the file). */
    public static byte[] topLeftOnly(byte[] workbook) {
        return AnnualWorkbook.edit(workbook, book -> {
            for (Sheet sheet : book) {
                for (CellRangeAddress range : sheet.getMergedRegions()) {
                    for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
                        Row row = sheet.getRow(r);
                        for (int c = range.getFirstColumn(); row != null && c <= range.getLastColumn(); c++) {
                            Cell cell = row.getCell(c);
                            if (cell != null && (r != range.getFirstRow() || c != range.getFirstColumn())) {
                                row.removeCell(cell);
                            }
                        }
                    }
                }
            }
        });
    }

    /** A streaming writer stores every text as an inline string instead of the shared-string table. */
    public static byte[] inlineStrings(byte[] workbook) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
                SXSSFWorkbook streaming = new SXSSFWorkbook(null, 100, false, false);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Sheet sheet : book) {
                Sheet copy = streaming.createSheet(sheet.getSheetName());
                for (Row row : sheet) {
                    Row target = copy.createRow(row.getRowNum());
                    for (Cell cell : row) {
                        Cell to = target.createCell(cell.getColumnIndex());
                        switch (cell.getCellType()) {
                            case NUMERIC -> to.setCellValue(cell.getNumericCellValue());
                            case BOOLEAN -> to.setCellValue(cell.getBooleanCellValue());
                            case STRING -> to.setCellValue(cell.getStringCellValue());
                            default -> { }
                        }
                    }
                }
                for (CellRangeAddress range : sheet.getMergedRegions()) {
                    copy.addMergedRegion(range);
                }
            }
            streaming.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every number as the text of its digits ("2"), as a program does for a cell formatted as text. */
    public static byte[] numbersAsText(byte[] workbook) {
        return rewriteNumbers(workbook, number -> Long.toString(Math.round(number)));
    }

    /** Every whole number as text with a decimal point ("2.0"). */
    public static byte[] decimalText(byte[] workbook) {
        return rewriteNumbers(workbook, number -> Math.round(number) + ".0");
    }

    /** Blank cells with a style all over the tables, and every number shown with a thousands separator. */
    public static byte[] styledBlanks(byte[] workbook) {
        return AnnualWorkbook.edit(workbook, book -> {
            CellStyle thousands = book.createCellStyle();
            thousands.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            CellStyle shaded = book.createCellStyle();
            shaded.setFillForegroundColor((short) 13);
            for (Sheet sheet : book) {
                int lastRow = sheet.getLastRowNum() + 2;
                for (int r = 0; r <= lastRow; r++) {
                    Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
                    for (int c = 0; c < 12; c++) {
                        Cell cell = row.getCell(c);
                        if (cell == null) {
                            row.createCell(c, CellType.BLANK).setCellStyle(shaded);
                        } else if (cell.getCellType() == CellType.NUMERIC) {
                            cell.setCellStyle(thousands);
                        }
                    }
                }
            }
        });
    }

    private static byte[] rewriteNumbers(byte[] workbook, java.util.function.DoubleFunction<String> text) {
        return AnnualWorkbook.edit(workbook, book -> {
            List<Cell> numbers = new ArrayList<>();
            book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == CellType.NUMERIC) {
                    numbers.add(cell);
                }
            })));
            numbers.forEach(cell -> cell.setCellValue(text.apply(cell.getNumericCellValue())));
        });
    }
}
