package com.meritarchive.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import com.meritarchive.system.PoiLimits;
import com.meritarchive.testing.AnnualWorkbook;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every cell of a shipped table that takes a word offers the words of its list in a dropdown, and only those. */
class DropdownsTest {

    static {
        PoiLimits.apply();
    }

    private static final SortedMap<String, byte[]> SHIPPED = AnnualWorkbook.shippedFiles();
    private static final CodeLists CODES = CodeLists.read(AnnualWorkbook.CODES, SHIPPED.get(AnnualWorkbook.CODES));

    static Stream<String> tables() {
        return SHIPPED.keySet().stream().filter(name -> name.endsWith(".drl.xlsx"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void shouldOfferTheWordsOfItsListInEveryCellThatTakesAWord(String table) throws Exception {
        WorkbookCells cells = WorkbookCells.read(table, SHIPPED.get(table));
        WorkbookScan scan = WorkbookScan.of(table, cells);
        WorkbookCells.SheetCells sheet = cells.sheets().get(0);
        List<RuleTable> ruleTables = TableWords.tablesOf(sheet, scan.headers);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(SHIPPED.get(table)))) {
            XSSFSheet excel = book.getSheetAt(0);
            int checked = 0;
            for (RuleTable ruleTable : ruleTables) {
                for (var column : ruleTable.columns().entrySet()) {
                    for (int row : ruleTable.ruleRows()) {
                        String list = TableWords.listOf(column.getValue(), ruleTable, row).orElse(null);
                        if (list == null) {
                            continue;
                        }
                        DataValidation dropdown = dropdownAt(excel, row, column.getKey());
                        assertThat(dropdown).as(table + " row " + row + " column " + column.getKey()).isNotNull();
                        List<String> offered = List.of(dropdown.getValidationConstraint().getExplicitListValues());
                        List<String> words = list.equals(CodeLists.OUTCOME_LIST) ? offered : CODES.words(list);
                        assertThat(offered).containsExactlyElementsOf(words);
                        offered.forEach(word -> assertThat(CODES.code(list, word)).as(word).isPresent());
                        checked++;
                    }
                }
            }
            assertThat(checked).isPositive();
        }
    }

    private static DataValidation dropdownAt(XSSFSheet sheet, int row, int column) {
        for (DataValidation validation : sheet.getDataValidations()) {
            for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
                if (range.isInRange(row - 1, column)) {
                    return validation;
                }
            }
        }
        return null;
    }
}
