package com.meritarchive.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import com.meritarchive.system.PoiLimits;
import com.meritarchive.testing.AnnualWorkbook;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedMap;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;

/** The compiler refuses a broken rule set and says where each error is, as its author sees the file. */
class RuleSetCompilerTest {

    private static final String TABLE = "Annual.drl.xlsx";
    private static final String SHEET = "年度规则";
    private static final String THRESHOLD = "实绩档案次数";
    private static final RuleSetCompiler COMPILER = new RuleSetCompiler();

    @BeforeAll
    static void limitWorkbooksAsTheServiceDoes() {
        PoiLimits.apply();
    }

    private static SortedMap<String, byte[]> shipped() {
        return AnnualWorkbook.shippedFiles();
    }

    private static List<RuleSetError> errorsOf(SortedMap<String, byte[]> files) {
        try {
            COMPILER.compile(new RuleSetFiles(files));
        } catch (RuleSetInvalidException e) {
            return e.errors();
        }
        throw new AssertionError("The rule set compiled but should not have");
    }

    private static SortedMap<String, byte[]> withTable(Consumer<Workbook> change) {
        SortedMap<String, byte[]> files = shipped();
        files.put(TABLE, AnnualWorkbook.edit(files.get(TABLE), change));
        return files;
    }

    /** The Excel address ("E11") of a clause's performance threshold in the shipped workbook. */
    private static String address(String clause) {
        return new CellReference(AnnualWorkbook.shipped().cell(clause, THRESHOLD)).formatAsString(false);
    }

    private static void assertCell(RuleSetError error, String address) {
        assertThat(error.file()).isEqualTo(TABLE);
        assertThat(error.sheet()).isEqualTo(SHEET);
        assertThat(error.column() + error.row()).isEqualTo(address);
    }

    @Test
    void shouldCompileTheShippedRuleSetWithEveryRuleOfEveryFile() {
        CompiledRuleSet ruleSet = COMPILER.compile(new RuleSetFiles(shipped()));

        assertThat(ruleSet.rulesPerFile()).containsEntry(TABLE, 7).containsEntry("annual-derive.drl", 2)
                .containsEntry("derive-runs.drl", 1).containsEntry("annual-vetoes.drl", 1);
        assertThat(ruleSet.id()).isEqualTo(ruleSet.sha256().substring(0, 12));
    }

    @Test
    void shouldLeaveNoBuildInDroolsRepository() {
        for (int build = 0; build < 3; build++) {
            CompiledRuleSet ruleSet = COMPILER.compile(new RuleSetFiles(shipped()));

            // each reload would otherwise keep ~1.5 MB in KieServices' repository (DROOLS-FACTS.md)
            assertThat(KieServices.Factory.get().getRepository().getKieModule(ruleSet.releaseId())).isNull();
            assertThat(ruleSet.kieBase().getKiePackages()).isNotEmpty();
        }
    }

    @Test
    void shouldNameTheCellOfANonNumericThreshold() {
        String address = address("A1");
        SortedMap<String, byte[]> files = shipped();
        files.put(TABLE, AnnualWorkbook.withA1Threshold("两次"));

        List<RuleSetError> errors = errorsOf(files);

        assertThat(errors).hasSize(1);
        assertCell(errors.get(0), address);
        assertThat(errors.get(0).describe()).startsWith(TABLE + ", sheet " + SHEET + ", cell " + address + ": ");
    }

    @Test
    void shouldReadANumberShownWithThousandsSeparatorsAsTheNumberItIs() {
        AnnualWorkbook workbook = AnnualWorkbook.shipped();
        CellStyle thousands = workbook.workbook().createCellStyle();
        thousands.setDataFormat(workbook.workbook().createDataFormat().getFormat("#,##0"));
        Cell cell = workbook.cell("A2", THRESHOLD);
        cell.setCellValue(1_000_000);
        cell.setCellStyle(thousands);

        String drl = SpreadsheetTranslator.translate(TABLE, workbook.bytes()).drl();

        assertThat(drl).contains("performanceCount >= 1000000").doesNotContain("1,000,000");
    }

    @Test
    void shouldReportADrlSyntaxErrorWithFileLineAndColumn() {
        SortedMap<String, byte[]> files = shipped();
        files.put("broken.drl", "package merit.annual;\n\nrule \"broken\"\nwhen\n    String( length > )\nthen\nend\n"
                .getBytes(StandardCharsets.UTF_8));

        List<RuleSetError> errors = errorsOf(files);

        assertThat(errors).isNotEmpty().allSatisfy(error -> {
            assertThat(error.file()).isEqualTo("broken.drl");
            assertThat(error.sheet()).isNull();
        });
        assertThat(errors.get(0).row()).isEqualTo(5);
        assertThat(errors.get(0).column()).isNotNull();
    }

    @Test
    void shouldRefuseATableDroolsWouldSkipSilently() {
        SortedMap<String, byte[]> files = shipped();
        files.put("Annual.xlsx", files.remove(TABLE));

        List<RuleSetError> errors = errorsOf(files);

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("Annual.xlsx");
            assertThat(error.message()).contains("Annual.drl.xlsx").contains("skip");
        });
    }

    @Test
    void shouldRefuseAFileThatIsNotAWorkbook() {
        SortedMap<String, byte[]> files = shipped();
        files.put(TABLE, "this is not a spreadsheet".getBytes(StandardCharsets.UTF_8));

        List<RuleSetError> errors = errorsOf(files);

        assertThat(errors).singleElement().satisfies(error -> assertThat(error.file()).isEqualTo(TABLE));
    }

    /** The hidden code row of the first table (the row under the object type row). */
    private static int codeRowOfFirstTable(Workbook book) {
        for (var row : book.getSheet(SHEET)) {
            var first = row.getCell(0);
            if (first != null && first.toString().equals("NAME")) {
                return row.getRowNum() + 2;
            }
        }
        throw new AssertionError("no NAME keyword row");
    }

    @Test
    void shouldNameTheEmptyCodeCellOfAHeader() {
        List<RuleSetError> errors = errorsOf(withTable(book -> {
            int codeRow = codeRowOfFirstTable(book);
            book.getSheet(SHEET).getRow(codeRow).getCell(4).setBlank();
        }));

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.sheet()).isEqualTo(SHEET);
            assertThat(error.column() + error.row()).isEqualTo("E9");
            assertThat(error.message()).contains("No code snippet");
        });
    }

    @Test
    void shouldNameTheHeaderCellOfAnUnknownField() {
        List<RuleSetError> errors = errorsOf(withTable(book -> {
            int codeRow = codeRowOfFirstTable(book);
            book.getSheet(SHEET).getRow(codeRow).getCell(4).setCellValue("performanceCounts >= $param");
        }));

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.column() + error.row()).isEqualTo("E9");
            assertThat(error.message()).contains("performanceCounts").contains("performanceCount");
        });
    }

    @Test
    void shouldRefuseASheetWithoutARuleTable() {
        List<RuleSetError> errors = errorsOf(withTable(book ->
                book.createSheet("备注").createRow(0).createCell(0).setCellValue("2018年起阈值调整为3次")));

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo(TABLE);
            assertThat(error.sheet()).isEqualTo("备注");
            assertThat(error.message()).contains("RuleTable");
        });
    }

    @Test
    void shouldAcceptAnEmptyExtraSheet() {
        SortedMap<String, byte[]> files = withTable(book -> book.createSheet("Sheet2"));

        assertThat(COMPILER.compile(new RuleSetFiles(files)).rulesPerFile()).containsEntry(TABLE, 7);
    }

    @Test
    void shouldRefuseAZipBomb() throws Exception {
        SortedMap<String, byte[]> files = shipped();
        files.put(TABLE, ZipBomb.workbook());

        List<RuleSetError> errors = errorsOf(files);

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo(TABLE);
            assertThat(error.message()).contains("压缩炸弹");
        });
    }
}
