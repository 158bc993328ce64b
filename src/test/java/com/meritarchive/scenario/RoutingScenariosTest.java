package com.meritarchive.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meritarchive.decision.AnnualDecider;
import com.meritarchive.decision.QuarterlyDecider;
import com.meritarchive.decision.Router;
import com.meritarchive.decision.StepDownDecider;
import com.meritarchive.request.Vocabulary;
import com.meritarchive.ruleset.CodeLists;
import com.meritarchive.ruleset.CompiledRuleSet;
import com.meritarchive.ruleset.RuleSetCompiler;
import com.meritarchive.ruleset.RuleSetFiles;
import com.meritarchive.ruleset.RuleSetInvalidException;
import com.meritarchive.scenario.ScenarioReport.ScenarioFailure;
import com.meritarchive.system.PoiLimits;
import com.meritarchive.system.TimeBudget;
import com.meritarchive.testing.AnnualWorkbook;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Sheet 公示备案场景: policy staff check the routing table (Routing.drl.xlsx) with one row per case,
 * every row of POLICY.md "Filing and public notice" has a case, and a changed route fails them at
 * their row.
 */
class RoutingScenariosTest {

    static {
        PoiLimits.apply();
    }

    private static final String SCENARIOS = "Policy.scenarios.xlsx";
    private static final String SHEET = "公示备案场景";
    private static final String ROUTING = "Routing.drl.xlsx";
    private static final RuleSetCompiler COMPILER = new RuleSetCompiler();
    private static final ScenarioRunner RUNNER = new ScenarioRunner(new AnnualDecider(), new QuarterlyDecider(),
            new StepDownDecider(), new Router(), new TimeBudget(Duration.ofSeconds(10)));

    private static ScenarioReport run(SortedMap<String, byte[]> files) {
        RuleSetFiles ruleSet = new RuleSetFiles(files);
        return RUNNER.run(ruleSet, COMPILER.compile(ruleSet));
    }

    private static List<Scenario.Routing> shippedCases() {
        SortedMap<String, byte[]> files = AnnualWorkbook.shippedFiles();
        CompiledRuleSet compiled = COMPILER.compile(new RuleSetFiles(files));
        return ScenarioBook.read(SCENARIOS, files.get(SCENARIOS), compiled.codes()).stream()
                .filter(Scenario.Routing.class::isInstance).map(Scenario.Routing.class::cast).toList();
    }

    /** The shipped rule set with the routing sheet of the scenario workbook changed. */
    private static SortedMap<String, byte[]> withCases(Consumer<Sheet> change) {
        SortedMap<String, byte[]> files = AnnualWorkbook.shippedFiles();
        files.put(SCENARIOS, AnnualWorkbook.edit(files.get(SCENARIOS), book -> change.accept(book.getSheet(SHEET))));
        return files;
    }

    /** The cell of the case named {@code name} (column A) under the column whose label starts with {@code label}. */
    private static Cell cell(Sheet sheet, String name, String label) {
        int column = -1;
        for (Cell header : sheet.getRow(0)) {
            if (header.getStringCellValue().startsWith(label)) {
                column = header.getColumnIndex();
            }
        }
        for (Row row : sheet) {
            if (name.equals(new DataFormatter().formatCellValue(row.getCell(0)))) {
                return row.getCell(column, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
            }
        }
        throw new IllegalArgumentException("no case " + name);
    }

    @Test
    void shouldPassEveryShippedRoutingCaseAndReachEveryRowOfTheRoutingTable() {
        List<Scenario.Routing> cases = shippedCases();
        CompiledRuleSet shipped = COMPILER.compile(new RuleSetFiles(AnnualWorkbook.shippedFiles()));

        TreeSet<String> rows = new TreeSet<>();
        for (Scenario.Routing routing : cases) {
            new Router().route(List.of(routing.result()), shipped).routes().forEach(route -> rows.add(route.rule()));
        }
        List<String> everyRow = new ArrayList<>();
        for (int i = 1; i <= 15; i++) {
            everyRow.add("R" + i);
        }
        assertThat(rows).containsExactlyInAnyOrderElementsOf(everyRow);
        assertThat(cases).hasSize(17);
        assertThat(run(AnnualWorkbook.shippedFiles()).failures()).isEmpty();
    }

    @Test
    void shouldCoverTheManagersOfAnExcellentCadreAndAMajorContributionNominee() {
        List<String> split = shippedCases().stream()
                .filter(c -> List.of("ANNUAL_EXCELLENT", "MAJOR_CONTRIBUTION_NOMINEE").contains(c.result().code()))
                .map(c -> c.result().code() + " " + c.result().managedBy() + " → " + c.recipients() + " " + c.notice())
                .toList();

        assertThat(split).containsExactlyInAnyOrder(
                "ANNUAL_EXCELLENT ORG_DEPT → [ORG_DEPT] true", "ANNUAL_EXCELLENT HR_BUREAU → [HR_BUREAU] true",
                "MAJOR_CONTRIBUTION_NOMINEE ORG_DEPT → [ORG_DEPT] true",
                "MAJOR_CONTRIBUTION_NOMINEE HR_BUREAU → [HR_BUREAU] true");
    }

    @Test
    void shouldReadAnEmptyManagerAsAUnitAndWuAsNoRecipient() {
        List<Scenario.Routing> cases = shippedCases();

        assertThat(cases).filteredOn(c -> c.name().equals("R11-单位优秀")).singleElement()
                .satisfies(c -> assertThat(c.result().subjectType()).isEqualTo("UNIT"));
        assertThat(cases).filteredOn(c -> c.name().equals("无-待单位意见")).singleElement()
                .satisfies(c -> assertThat(c.recipients()).isEmpty());
    }

    @Test
    void shouldReportAWrongRecipientAtItsRowInChinese() {
        SortedMap<String, byte[]> files = withCases(sheet -> cell(sheet, "R4-优秀-人社局", "预期送达").setCellValue("县委组织部"));

        ScenarioReport report = run(files);

        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.failures()).singleElement().isEqualTo(new ScenarioFailure(SCENARIOS, SHEET, 6,
                "场景 R4-优秀-人社局：预期送达 县委组织部，实际 县人社局（规则 R4）"));
    }

    @Test
    void shouldReportAWrongPublicNoticeAtItsRowInChinese() {
        SortedMap<String, byte[]> files = withCases(sheet -> cell(sheet, "R7-突出干部名单", "预期公示").setCellValue("是"));

        assertThat(run(files).failures()).singleElement().isEqualTo(new ScenarioFailure(SCENARIOS, SHEET, 9,
                "场景 R7-突出干部名单：预期公示 是，实际 否（规则 R7）"));
    }

    @Test
    void shouldFailTheRoutingCasesWhenTheTableStopsSendingNewRecordsToTheHrBureau() {
        SortedMap<String, byte[]> files = AnnualWorkbook.shippedFiles();
        files.put(ROUTING, AnnualWorkbook.edit(files.get(ROUTING), book -> {
            Sheet table = book.getSheet("公示备案");
            for (Row row : table) {
                if ("R1".equals(new DataFormatter().formatCellValue(row.getCell(0)))) {
                    row.getCell(4).setCellValue("县委组织部"); // 送达对象: was 县委组织部、县人社局
                }
            }
        }));

        ScenarioReport report = run(files);

        assertThat(report.failed()).isEqualTo(2);
        assertThat(report.failures()).extracting(ScenarioFailure::message).containsExactly(
                "场景 R1-干部实绩档案：预期送达 县委组织部、县人社局，实际 县委组织部（规则 R1）",
                "场景 R1-单位实绩档案：预期送达 县委组织部、县人社局，实际 县委组织部（规则 R1）");
        assertThat(report.failures()).extracting(ScenarioFailure::row).containsExactly(2, 3);
    }

    @Test
    void shouldFailACaseWhenNoRowOfTheTableRoutesItsResult() {
        SortedMap<String, byte[]> files = AnnualWorkbook.shippedFiles();
        files.put(ROUTING, AnnualWorkbook.edit(files.get(ROUTING), book -> {
            for (Row row : book.getSheet("公示备案")) {
                if ("R15".equals(new DataFormatter().formatCellValue(row.getCell(0)))) {
                    row.getCell(2).setCellValue("待分管领导审批"); // R15 no longer routes 报县委组织部备案
                }
            }
        }));

        assertThat(run(files).failures()).extracting(ScenarioFailure::message)
                .containsExactly("场景 R15-组织部备案：预期送达 县委组织部，实际 无（没有规则适用）");
    }

    @Test
    void shouldRefuseAnUnknownRecipientAtItsCell() {
        SortedMap<String, byte[]> files = withCases(sheet -> cell(sheet, "R9-岗位调整", "预期送达").setCellValue("县委组织部、县财政局"));

        assertThatThrownBy(() -> run(files)).isInstanceOfSatisfying(RuleSetInvalidException.class, e ->
                assertThat(e.errors()).singleElement().satisfies(error -> {
                    assertThat(error.sheet()).isEqualTo(SHEET);
                    assertThat(error.column() + error.row()).isEqualTo("E11");
                    assertThat(error.message()).startsWith("预期送达中的“县财政局”不在选项“送达对象”中")
                            .contains("县委组织部、县人社局、县纪委监察局");
                }));
    }

    @Test
    void shouldRefuseAnUnknownResultAManagerAndAYesNoAtTheirCells() {
        SortedMap<String, byte[]> files = withCases(sheet -> {
            cell(sheet, "R3-优秀-组织部", "结果").setCellValue("年度优秀");
            cell(sheet, "R5-重大贡献-组织部", "干部管理权限").setCellValue("县委");
            cell(sheet, "R8-移送纪委", "预期公示").setCellValue("不");
        });

        assertThatThrownBy(() -> run(files)).isInstanceOfSatisfying(RuleSetInvalidException.class, e ->
                assertThat(e.errors()).extracting(error -> error.column() + error.row()).containsExactly("C5", "D7", "F10"));
    }

    @Test
    void shouldRefuseTwoRowsWithOneCaseName() {
        SortedMap<String, byte[]> files = withCases(sheet -> cell(sheet, "R10-重点观察", "场景").setCellValue("R9-岗位调整"));

        assertThatThrownBy(() -> run(files)).isInstanceOfSatisfying(RuleSetInvalidException.class, e ->
                assertThat(e.errors()).singleElement().satisfies(error -> {
                    assertThat(error.column() + error.row()).isEqualTo("A12");
                    assertThat(error.message()).contains("只占一行").contains("第11行");
                }));
    }

    @Test
    void shouldOfferTheWordsOfTheVersionsListsInTheDropdownsOfTheRoutingSheet() throws Exception {
        SortedMap<String, byte[]> files = AnnualWorkbook.shippedFiles();
        CodeLists codes = COMPILER.compile(new RuleSetFiles(files)).codes();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(files.get(SCENARIOS)))) {
            XSSFSheet sheet = book.getSheet(SHEET);

            assertThat(dropdown(sheet, "C")).containsExactlyElementsOf(codes.words(CodeLists.OUTCOME_LIST));
            assertThat(dropdown(sheet, "D")).containsExactlyElementsOf(codes.words("干部管理权限"));
            List<String> recipients = new ArrayList<>(codes.words(CodeLists.RECIPIENT_LIST));
            recipients.add("无");
            assertThat(dropdown(sheet, "E")).containsExactlyElementsOf(recipients);
            assertThat(dropdown(sheet, "F")).containsExactly("是", "否");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void shouldWriteRecipientsInTheShippedListWithTheNamesTheDocumentsUse() {
        CodeLists codes = COMPILER.compile(new RuleSetFiles(AnnualWorkbook.shippedFiles())).codes();

        for (String recipient : Vocabulary.RECIPIENTS) {
            assertThat(codes.word(CodeLists.RECIPIENT_LIST, recipient)).contains(Vocabulary.RECIPIENT_NAMES.get(recipient));
        }
        assertThat(codes.words(CodeLists.RECIPIENT_LIST)).hasSameSizeAs(Vocabulary.RECIPIENTS);
    }

    /** The words of the dropdown on the column's second and its 30th row (room to add cases). */
    private static List<String> dropdown(XSSFSheet sheet, String column) {
        int index = org.apache.poi.ss.util.CellReference.convertColStringToIndex(column);
        DataValidation found = null;
        for (DataValidation validation : sheet.getDataValidations()) {
            for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
                if (range.isInRange(1, index) && range.isInRange(29, index)) {
                    found = validation;
                }
            }
        }
        assertThat(found).as("dropdown in column " + column).isNotNull();
        return List.of(found.getValidationConstraint().getExplicitListValues());
    }
}
