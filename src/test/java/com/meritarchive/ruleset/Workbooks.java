package com.meritarchive.ruleset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Edits a copy of a shipped workbook the way policy staff would in Excel, for tests. */
final class Workbooks {

    private Workbooks() {
    }

    static byte[] edit(byte[] workbook, Consumer<Workbook> change) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell in the row whose first cell is {@code rowKey} and the column whose label cell starts with {@code label}. */
    static Cell cell(Sheet sheet, String rowKey, String label) {
        Row row = rowStartingWith(sheet, rowKey);
        for (int r = row.getRowNum() - 1; r >= 0; r--) {
            Row above = sheet.getRow(r);
            if (above == null) {
                continue;
            }
            for (Cell cell : above) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && cell.getStringCellValue().startsWith(label)) {
                    Cell target = row.getCell(cell.getColumnIndex());
                    return target != null ? target : row.createCell(cell.getColumnIndex());
                }
            }
        }
        throw new IllegalArgumentException("No column labelled " + label + " above row " + rowKey);
    }

    /** The Excel address ("E11") of {@link #cell(Sheet, String, String)} in an unchanged workbook. */
    static String address(byte[] workbook, String sheet, String rowKey, String label) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            Cell cell = cell(book.getSheet(sheet), rowKey, label);
            return new org.apache.poi.ss.util.CellReference(cell).formatAsString(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Row rowStartingWith(Sheet sheet, String key) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && first.getStringCellValue().equals(key)) {
                return row;
            }
        }
        throw new IllegalArgumentException("No row starts with " + key);
    }
}
