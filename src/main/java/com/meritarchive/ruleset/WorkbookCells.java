package com.meritarchive.ruleset;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * A workbook's cells as the text its author typed, whichever program saved it. Excel, WPS,
 * LibreOffice and spreadsheet libraries write the same table differently: styled blank cells or
 * none, shared or inline strings, {@code 2} or {@code 2.0}, numbers stored as text, a merged
 * range with every cell or only its top-left one, a number shown as {@code 1,000,000}. Read
 * here, all of these are one value: a number is its plain digits ({@code 2}, {@code 0.5}), a
 * boolean {@code true}/{@code false}, a formula its result, text without surrounding blanks, an
 * empty cell absent. Rules are compiled from, and versions compared by, this text only.
 */
public final class WorkbookCells {

    private static final Pattern WHOLE_NUMBER_TEXT = Pattern.compile("-?\\d+\\.0+");

    /** One sheet: its non-empty cells by 1-based row and 0-based column, and its merged ranges. */
    public record SheetCells(String name, SortedMap<Integer, SortedMap<Integer, String>> rows,
            List<CellRangeAddress> merged) {

        /** The text of a cell (row 1-based, column 0-based), empty when the cell is empty. */
        public Optional<String> text(int row, int column) {
            return Optional.ofNullable(rows.getOrDefault(row, Collections.emptySortedMap()).get(column));
        }

        /** The cell's text by reference ({@code E11}). */
        public Optional<String> text(String reference) {
            CellReference cell = new CellReference(reference);
            return text(cell.getRow() + 1, cell.getCol());
        }

        /** Every non-empty cell by reference ({@code E11} → text), in row then column order. */
        public SortedMap<String, String> byReference() {
            SortedMap<String, String> cells = new TreeMap<>(WorkbookCells::compareReferences);
            rows.forEach((row, columns) -> columns.forEach((column, text) ->
                    cells.put(CellReference.convertNumToColString(column) + row, text)));
            return cells;
        }
    }

    private final List<SheetCells> sheets;

    private WorkbookCells(List<SheetCells> sheets) {
        this.sheets = List.copyOf(sheets);
    }

    /** The sheets in workbook order. */
    public List<SheetCells> sheets() {
        return sheets;
    }

    public Optional<SheetCells> sheet(String name) {
        return sheets.stream().filter(sheet -> sheet.name().equals(name)).findFirst();
    }

    /**
     * Reads a workbook (.xlsx or .xls); one that cannot be read, or is larger than
     * {@link WorkbookSize} admits, is a located {@link RuleSetInvalidException}.
     */
    public static WorkbookCells read(String file, byte[] content) {
        WorkbookSize.check(file, content);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            FormulaEvaluator formulas = workbook.getCreationHelper().createFormulaEvaluator();
            List<SheetCells> sheets = new ArrayList<>();
            for (Sheet sheet : workbook) {
                sheets.add(read(sheet, formulas));
            }
            return new WorkbookCells(sheets);
        } catch (RuleSetInvalidException e) {
            throw e;
        } catch (Exception e) {
            String detail = String.valueOf(e.getMessage());
            throw new RuleSetInvalidException(List.of(RuleSetError.inFile(file, detail.contains("Zip bomb")
                    || detail.contains("exceeds the max")
                    ? "文件解压后过大（疑似压缩炸弹），请用 Excel 重新保存后再上传 (the workbook inflates beyond the limit: " + detail + ")"
                    : "无法读取此文件，请确认它是用 Excel、WPS 或 LibreOffice 保存的 .xlsx/.xls 工作簿 (cannot read workbook: "
                            + detail + ")")));
        }
    }

    private static SheetCells read(Sheet sheet, FormulaEvaluator formulas) {
        SortedMap<Integer, SortedMap<Integer, String>> rows = new TreeMap<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                String text = textOf(cell, formulas);
                if (!text.isEmpty()) {
                    rows.computeIfAbsent(row.getRowNum() + 1, k -> new TreeMap<>()).put(cell.getColumnIndex(), text);
                }
            }
        }
        return new SheetCells(sheet.getSheetName(), rows, List.copyOf(sheet.getMergedRegions()));
    }

    /** The value a cell holds as text, the same whichever program wrote it. */
    static String textOf(Cell cell, FormulaEvaluator formulas) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            try {
                CellValue value = formulas.evaluate(cell);
                return switch (value.getCellType()) {
                    case NUMERIC -> number(value.getNumberValue());
                    case BOOLEAN -> Boolean.toString(value.getBooleanValue());
                    case STRING -> text(value.getStringValue());
                    default -> "";
                };
            } catch (RuntimeException e) {
                type = cell.getCachedFormulaResultType(); // an external link that cannot be resolved: its cached value
            }
        }
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? date(cell) : number(cell.getNumericCellValue());
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case STRING -> text(cell.getRichStringCellValue().getString());
            case ERROR -> "#ERROR";
            default -> "";
        };
    }

    /** A date cell (a number with a date format, as Excel, WPS and LibreOffice store dates) as {@code 2027-01-01}. */
    private static String date(Cell cell) {
        return cell.getLocalDateTimeCellValue().toLocalDate().toString();
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String text(String value) {
        String text = value.strip();
        return WHOLE_NUMBER_TEXT.matcher(text).matches() ? text.substring(0, text.indexOf('.')) : text;
    }

    /** Orders cell references as a reader does: by row, then by column ({@code B2} before {@code A10}). */
    static int compareReferences(String first, String second) {
        CellReference a = new CellReference(first);
        CellReference b = new CellReference(second);
        return a.getRow() != b.getRow() ? Integer.compare(a.getRow(), b.getRow()) : Integer.compare(a.getCol(), b.getCol());
    }

    /** Every sheet's cells by reference, for comparing two versions of a workbook. */
    public Map<String, SortedMap<String, String>> byReference() {
        Map<String, SortedMap<String, String>> all = new java.util.LinkedHashMap<>();
        sheets.forEach(sheet -> all.put(sheet.name(), sheet.byReference()));
        return all;
    }
}
