package com.meritarchive.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.meritarchive.testing.AnnualWorkbook;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;

/**
 * What a reviewer sees of a change before publishing: the cells a policy author changed, named by
 * clause and label, and nothing for what only changes how a workbook looks or who saved it.
 */
class RuleSetChangesTest {

    private static final String TABLE = AnnualWorkbook.FILE;
    private static final String SHEET = "年度规则";
    private static final String VETOES = "annual-vetoes.drl";

    private static final SortedMap<String, byte[]> SHIPPED = AnnualWorkbook.shippedFiles();

    private static List<ChangedFile> withTable(byte[] table) {
        SortedMap<String, byte[]> files = new TreeMap<>(SHIPPED);
        files.put(TABLE, table);
        return RuleSetChanges.compare(SHIPPED, files);
    }

    private static byte[] editShippedTable(Consumer<Workbook> change) {
        return AnnualWorkbook.edit(SHIPPED.get(TABLE), change);
    }

    @Test
    void shouldListExactlyTheThresholdCellWithItsClauseAndLabelWhenA1ChangesFromTwoToThree() {
        List<ChangedFile> changes = withTable(AnnualWorkbook.withA1Threshold(3));

        assertThat(changes).singleElement().satisfies(file -> {
            assertThat(file.file()).isEqualTo(TABLE);
            assertThat(file.change()).isEqualTo(Change.CHANGED);
            assertThat(file.lines()).isEmpty();
            assertThat(file.cells()).containsExactly(new CellChange(SHEET, "E11", "2", "3", "A1", "实绩档案次数 ≥"));
        });
    }

    @Test
    void shouldListNothingForAWorkbookThatIsOnlyRestyled() {
        byte[] restyled = editShippedTable(book -> {
            Sheet sheet = book.getSheet(SHEET);
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle boldStyle = book.createCellStyle();
            boldStyle.setFont(bold);
            cell(sheet, "A11").setCellStyle(boldStyle);
            sheet.setColumnWidth(4, 40 * 256);
            CellStyle twoDecimals = book.createCellStyle();
            twoDecimals.setDataFormat(book.createDataFormat().getFormat("0.00"));
            cell(sheet, "E11").setCellStyle(twoDecimals);
            cell(sheet, "E12").setCellStyle(twoDecimals);
        });

        assertThat(restyled).isNotEqualTo(SHIPPED.get(TABLE));
        assertThat(withTable(restyled)).isEmpty();
    }

    @Test
    void shouldListNothingWhenANumberIsWrittenAsTextOrWithADecimal() {
        byte[] resaved = editShippedTable(book -> {
            cell(book.getSheet(SHEET), "E11").setCellValue("2.0");
            cell(book.getSheet(SHEET), "E12").setCellValue("3");
            cell(book.getSheet(SHEET), "H19").setCellValue(2.0);
        });

        assertThat(withTable(resaved)).isEmpty();
    }

    @Test
    void shouldListNothingWhenTheSameWorkbookIsRewrittenKeepingOnlyTheTopLeftCellOfEachMergedRange() {
        byte[] everyCell = editShippedTable(book -> forEachHiddenCell(book, (sheet, range, row, column) ->
                cellAt(sheet, row, column).setCellValue(cellAt(sheet, range.getFirstRow(), range.getFirstColumn())
                        .getStringCellValue())));
        byte[] topLeftOnly = AnnualWorkbook.edit(everyCell, book -> forEachHiddenCell(book, (sheet, range, row, column) ->
                sheet.getRow(row).removeCell(sheet.getRow(row).getCell(column))));

        assertThat(WorkbookCells.read(TABLE, everyCell).byReference())
                .as("the two files hold different cells").isNotEqualTo(WorkbookCells.read(TABLE, topLeftOnly).byReference());
        assertThat(RuleSetChanges.compare(files(TABLE, everyCell), files(TABLE, topLeftOnly))).isEmpty();
        assertThat(withTable(everyCell)).isEmpty();
    }

    @Test
    void shouldNameACellOfAHeaderRowByItsLabelButNoClause() {
        byte[] changed = editShippedTable(book -> cell(book.getSheet(SHEET), "E9").setCellValue("performanceCount > $param"));

        assertThat(withTable(changed)).singleElement().extracting(ChangedFile::cells).asList().containsExactly(
                new CellChange(SHEET, "E9", "performanceCount >= $param", "performanceCount > $param", null, "实绩档案次数 ≥"));
    }

    @Test
    void shouldNameAnEmptiedCellAndACellOutsideEveryTableAsTheyAre() {
        byte[] changed = editShippedTable(book -> {
            Sheet sheet = book.getSheet(SHEET);
            cell(sheet, "D11").setCellValue("COUNTY");
            cell(sheet, "F11").setBlank();
            cell(sheet, "A3").setCellValue("年度规则");
        });

        assertThat(withTable(changed)).singleElement().extracting(ChangedFile::cells).asList().containsExactly(
                new CellChange(SHEET, "A3", "年度实绩档案规则（年终决定，条款 A1-A5、U1-U2，详见 docs/policy.md）", "年度规则", null, null),
                new CellChange(SHEET, "D11", null, "COUNTY", "A1", "单位类别"),
                new CellChange(SHEET, "F11", "0", null, "A1", "未销号问题痕迹次数 ≤"));
    }

    @Test
    void shouldNameTheCellsOfADeletedRuleRowByTheClauseTheyHad() {
        byte[] changed = editShippedTable(book -> {
            Sheet sheet = book.getSheet(SHEET);
            sheet.removeRow(sheet.getRow(11)); // A2, the last row of its table
        });

        List<CellChange> cells = withTable(changed).get(0).cells();

        assertThat(cells).extracting(CellChange::cell).containsExactly("A12", "B12", "C12", "E12", "G12");
        assertThat(cells).allSatisfy(cell -> {
            assertThat(cell.rule()).isEqualTo("A2");
            assertThat(cell.after()).isNull();
        });
        assertThat(cells.get(3).label()).isEqualTo("实绩档案次数 ≥");
    }

    @Test
    void shouldListAChangedDrlLineAsItsRemovalAndItsAddition() {
        SortedMap<String, byte[]> files = new TreeMap<>(SHIPPED);
        String drl = new String(SHIPPED.get(VETOES), StandardCharsets.UTF_8);
        files.put(VETOES, drl.replace("    delete( $excellent );", "    retract( $excellent );").getBytes(StandardCharsets.UTF_8));

        List<ChangedFile> changes = RuleSetChanges.compare(SHIPPED, files);

        assertThat(changes).singleElement().satisfies(file -> {
            assertThat(file.file()).isEqualTo(VETOES);
            assertThat(file.change()).isEqualTo(Change.CHANGED);
            assertThat(file.cells()).isEmpty();
            assertThat(file.lines()).containsExactly(
                    LineChange.removed(13, "    delete( $excellent );"),
                    LineChange.added(13, "    retract( $excellent );"));
        });
    }

    @Test
    void shouldListNothingForADrlFileWhoseLineEndsAlone() {
        SortedMap<String, byte[]> files = new TreeMap<>(SHIPPED);
        String drl = new String(SHIPPED.get(VETOES), StandardCharsets.UTF_8);
        files.put(VETOES, ("\uFEFF" + drl.replace("\n", "\r\n").stripTrailing()).getBytes(StandardCharsets.UTF_8));

        assertThat(RuleSetChanges.compare(SHIPPED, files)).isEmpty();
    }

    @Test
    void shouldListAnAddedAndARemovedFileWithAllTheirLinesOrCellsInNameOrder() {
        SortedMap<String, byte[]> files = new TreeMap<>(SHIPPED);
        files.remove(VETOES);
        files.put("Bonus.drl", "package merit.bonus;\n\nrule \"B1\"\nwhen\nthen\nend\n".getBytes(StandardCharsets.UTF_8));
        files.put("Annual-copy.drl.xlsx", SHIPPED.get(TABLE));

        List<ChangedFile> changes = RuleSetChanges.compare(SHIPPED, files);

        assertThat(changes).extracting(ChangedFile::file, ChangedFile::change).containsExactly(
                tuple("Annual-copy.drl.xlsx", Change.ADDED),
                tuple("Bonus.drl", Change.ADDED),
                tuple(VETOES, Change.REMOVED));
        assertThat(changes.get(0).cells()).hasSize(WorkbookCells.read(TABLE, SHIPPED.get(TABLE)).byReference().get(SHEET).size())
                .allSatisfy(cell -> assertThat(cell.before()).isNull())
                .contains(new CellChange(SHEET, "E11", null, "2", "A1", "实绩档案次数 ≥"));
        assertThat(changes.get(1).lines()).hasSize(6).allSatisfy(line -> assertThat(line.change()).isEqualTo(Change.ADDED))
                .first().isEqualTo(LineChange.added(1, "package merit.bonus;"));
        assertThat(changes.get(2).lines()).hasSize(14).allSatisfy(line -> {
            assertThat(line.change()).isEqualTo(Change.REMOVED);
            assertThat(line.after()).isNull();
        });
    }

    @Test
    void shouldCompareAVersionWithItselfAsUnchanged() {
        RuleSetFiles files = new RuleSetFiles(SHIPPED);

        RuleSetChanges changes = RuleSetChanges.between("b", files, "a", files);

        assertThat(changes.none()).isTrue();
        assertThat(changes.id()).isEqualTo("b");
        assertThat(changes.against()).isEqualTo("a");
    }

    private static SortedMap<String, byte[]> files(String name, byte[] content) {
        return new TreeMap<>(Map.of(name, content));
    }

    private static Cell cell(Sheet sheet, String reference) {
        CellReference at = new CellReference(reference);
        return cellAt(sheet, at.getRow(), at.getCol());
    }

    private static Cell cellAt(Sheet sheet, int row, int column) {
        Row found = sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
        return found.getCell(column) != null ? found.getCell(column) : found.createCell(column);
    }

    /** A cell a merged range hides (all but its top-left one), with 0-based row and column. */
    private interface HiddenCell {
        void accept(Sheet sheet, CellRangeAddress range, int row, int column);
    }

    private static void forEachHiddenCell(Workbook book, HiddenCell action) {
        for (Sheet sheet : book) {
            for (CellRangeAddress range : sheet.getMergedRegions()) {
                for (int row = range.getFirstRow(); row <= range.getLastRow(); row++) {
                    for (int column = range.getFirstColumn(); column <= range.getLastColumn(); column++) {
                        if (row != range.getFirstRow() || column != range.getFirstColumn()) {
                            action.accept(sheet, range, row, column);
                        }
                    }
                }
            }
        }
    }
}
