package com.meritarchive.testing;

import com.meritarchive.ruleset.CompiledRuleSet;
import com.meritarchive.ruleset.RuleSetCompiler;
import com.meritarchive.ruleset.RuleSetFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A copy of the shipped Annual.drl.xlsx edited the way policy staff edit it: a cell is found by its
 * clause (first column) and the readable label above it, never by a hard-coded address, and the
 * edited copy is compiled together with the other shipped files.
 */
public final class AnnualWorkbook {

    public static final String FILE = "Annual.drl.xlsx";
    public static final String CODES = "Vocabulary.codes.xlsx";
    private static final String CLAUSE_LABEL = "条款";

    private final XSSFWorkbook workbook;

    private AnnualWorkbook(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    /** The shipped files of the rule set (./rules and ./decision-tables), by name. */
    public static SortedMap<String, byte[]> shippedFiles() {
        return new TreeMap<>(RuleSetFiles.readFolders(List.of(Path.of("rules"), Path.of("decision-tables"))).files());
    }

    public static AnnualWorkbook shipped() {
        try {
            return new AnnualWorkbook(new XSSFWorkbook(new ByteArrayInputStream(shippedFiles().get(FILE))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped workbook with A1's performance threshold (实绩档案次数 ≥) set to a number or a text. */
    public static byte[] withA1Threshold(Object value) {
        AnnualWorkbook workbook = shipped();
        Cell threshold = workbook.cell("A1", "实绩档案次数");
        if (value instanceof Number number) {
            threshold.setCellValue(number.doubleValue());
        } else {
            threshold.setCellValue(value.toString());
        }
        return workbook.bytes();
    }

    /** Edits any workbook as policy staff would in Excel, and returns its bytes. */
    public static byte[] edit(byte[] workbook, Consumer<Workbook> change) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workbook itself, for changes the helpers here do not cover. */
    public XSSFWorkbook workbook() {
        return workbook;
    }

    /** The cell of a clause's row under the label that starts with {@code label} in that table's label row. */
    public Cell cell(String clause, String label) {
        Row row = clauseRow(clause);
        Row labels = labelRowAbove(row);
        for (Cell cell : labels) {
            if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().strip().startsWith(label)) {
                Cell found = row.getCell(cell.getColumnIndex());
                return found != null ? found : row.createCell(cell.getColumnIndex());
            }
        }
        throw new IllegalArgumentException("No label '" + label + "' in the table of " + clause);
    }

    /** Inserts an empty row for a new clause right under {@code clause}, styled like it, in the same table. */
    public AnnualWorkbook insertClauseAfter(String clause, String newClause) {
        Row above = clauseRow(clause);
        Sheet sheet = above.getSheet();
        int at = above.getRowNum() + 1;
        sheet.shiftRows(at, sheet.getLastRowNum(), 1);
        Row row = sheet.createRow(at);
        for (Cell cell : above) {
            row.createCell(cell.getColumnIndex()).setCellStyle(cell.getCellStyle());
        }
        row.getCell(0).setCellValue(newClause);
        return this;
    }

    /** The clause of every table row, in sheet order: the rows under each label row up to the first without one. */
    public List<String> clauses() {
        List<String> clauses = new ArrayList<>();
        for (Sheet sheet : workbook) {
            boolean inTable = false;
            for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String first = row == null ? null : firstText(row);
                if (inTable && (first == null || first.isEmpty())) {
                    inTable = false;
                } else if (inTable) {
                    clauses.add(first);
                } else if (CLAUSE_LABEL.equals(first)) {
                    inTable = true;
                }
            }
        }
        return clauses;
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped rule set with this workbook in place of the shipped one. */
    public CompiledRuleSet compile() {
        return compile(Map.of());
    }

    /** The shipped rule set with this workbook and {@code others} in place of the shipped ones. */
    public CompiledRuleSet compile(Map<String, byte[]> others) {
        SortedMap<String, byte[]> files = shippedFiles();
        files.put(FILE, bytes());
        files.putAll(others);
        return new RuleSetCompiler().compile(new RuleSetFiles(files));
    }

    /** The shipped code workbook with one more outcome, as policy staff add one: a row of 结果代码. */
    public static Map<String, byte[]> codesWithOutcome(String code, String name) {
        return Map.of(CODES, edit(shippedFiles().get(CODES), book -> {
            Sheet outcomes = book.getSheet("结果代码");
            Row row = outcomes.createRow(outcomes.getLastRowNum() + 1);
            row.createCell(0).setCellValue(code);
            row.createCell(1).setCellValue(name);
        }));
    }

    private Row clauseRow(String clause) {
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                if (clause.equals(firstText(row))) {
                    return row;
                }
            }
        }
        throw new IllegalArgumentException("No row for clause " + clause);
    }

    private static Row labelRowAbove(Row row) {
        Sheet sheet = row.getSheet();
        for (int r = row.getRowNum() - 1; r >= sheet.getFirstRowNum(); r--) {
            Row candidate = sheet.getRow(r);
            if (candidate != null && CLAUSE_LABEL.equals(firstText(candidate))) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("No label row above row " + (row.getRowNum() + 1));
    }

    private static String firstText(Row row) {
        Cell first = row.getCell(0);
        return first != null && first.getCellType() == CellType.STRING ? first.getStringCellValue().strip() : null;
    }
}
