package com.meritarchive.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;

/**
 * The workbooks the README uploads (examples/A1-threshold-3, examples/broken-cell) are the shipped
 * decision-tables/Annual.drl.xlsx with exactly one cell changed, A1's 实绩档案次数 ≥ (E11), so they
 * cannot drift from the shipped table unnoticed. When the shipped table changes, remake them with
 * AnnualWorkbook.withA1Threshold(3) and withA1Threshold("两次").
 */
class ExampleWorkbooksTest {

    private static final Path SHIPPED = Path.of("decision-tables/Annual.drl.xlsx");

    @Test
    void theA1ThresholdExampleDiffersFromTheShippedTableOnlyInA1sThreshold() throws Exception {
        assertThat(differences(SHIPPED, Path.of("examples/A1-threshold-3/Annual.drl.xlsx")))
                .containsExactly(Map.entry("年度规则!E11", "2 → 3"));
    }

    @Test
    void theBrokenExampleDiffersFromTheShippedTableOnlyInA1sThreshold() throws Exception {
        assertThat(differences(SHIPPED, Path.of("examples/broken-cell/Annual.drl.xlsx")))
                .containsExactly(Map.entry("年度规则!E11", "2 → 两次"));
    }

    /** Every cell whose text differs, as "sheet!cell" → "before → after"; sheets compared by name. */
    private static Map<String, String> differences(Path before, Path after) throws Exception {
        Map<String, String> old = cells(before);
        Map<String, String> now = cells(after);
        Map<String, String> differences = new TreeMap<>();
        for (String key : union(old, now)) {
            String a = old.getOrDefault(key, "");
            String b = now.getOrDefault(key, "");
            if (!a.equals(b)) {
                differences.put(key, a + " → " + b);
            }
        }
        return differences;
    }

    private static java.util.Set<String> union(Map<String, String> a, Map<String, String> b) {
        java.util.Set<String> keys = new java.util.TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static Map<String, String> cells(Path file) throws Exception {
        Map<String, String> cells = new TreeMap<>();
        DataFormatter formatter = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); Workbook book = WorkbookFactory.create(in)) {
            cells.put("(sheets)", String.valueOf(book.getNumberOfSheets()));
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String text = formatter.formatCellValue(cell);
                        if (!text.isEmpty()) {
                            cells.put(sheet.getSheetName() + "!" + new CellReference(cell).formatAsString(false), text);
                        }
                    }
                }
            }
        }
        return cells;
    }
}
