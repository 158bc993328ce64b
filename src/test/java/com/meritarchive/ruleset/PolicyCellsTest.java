package com.meritarchive.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import com.meritarchive.system.PoiLimits;
import com.meritarchive.testing.AnnualWorkbook;
import java.util.List;
import java.util.SortedMap;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cells a policy officer edits: words chosen from the lists (a typo is an error at its cell,
 * never a rule that matches nothing) and parameters that must be there, once, with a valid value.
 */
class PolicyCellsTest {

    private static final String QUARTERLY = "Quarterly.drl.xlsx";
    private static final String ANNUAL = "Annual.drl.xlsx";

    @BeforeAll
    static void limitWorkbooksAsTheServiceDoes() {
        PoiLimits.apply();
    }

    private static List<RuleSetError> errorsOf(String file, Consumer<Workbook> change) {
        SortedMap<String, byte[]> files = AnnualWorkbook.shippedFiles();
        files.put(file, AnnualWorkbook.edit(files.get(file), change));
        try {
            new RuleSetCompiler().compile(new RuleSetFiles(files));
        } catch (RuleSetInvalidException e) {
            return e.errors();
        }
        throw new AssertionError("The rule set compiled but should not have");
    }

    /** The row whose first cell is {@code name} (a clause or a parameter). */
    private static Row row(Workbook book, String name) {
        for (Row row : book.getSheetAt(0)) {
            Cell first = row.getCell(0);
            if (first != null && first.toString().strip().equals(name)) {
                return row;
            }
        }
        throw new AssertionError("no row " + name);
    }

    private static void deleteRow(Workbook book, String name) {
        Sheet sheet = book.getSheetAt(0);
        int at = row(book, name).getRowNum();
        sheet.removeRow(sheet.getRow(at));
        sheet.shiftRows(at + 1, sheet.getLastRowNum(), -1);
    }

    @Test
    void shouldNameTheCellOfAWordThatIsNotInItsList() {
        List<RuleSetError> errors = errorsOf(ANNUAL, book -> row(book, "A1").getCell(2).setCellValue("干布"));

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.sheet()).isEqualTo("年度规则");
            assertThat(error.column() + error.row()).isEqualTo("C11");
            assertThat(error.message()).startsWith("“对象类型”填写的“干布”不在选项“对象类型”中").contains("干部、单位");
        });
    }

    @Test
    void shouldNameTheCellOfAWarningThatWarnsOfAClauseNotInTheList() {
        List<RuleSetError> errors = errorsOf("Warnings.drl.xlsx", book -> row(book, "W4").getCell(3).setCellValue("A7"));

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.sheet()).isEqualTo("预警规则");
            assertThat(error.column() + error.row()).isEqualTo("D14");
            assertThat(error.message()).startsWith("“预警的条款”填写的“A7”不在选项“条款”中").contains("Q4、Q5、Q6、Q7、A1");
        });
    }

    @Test
    void shouldNameTheCellOfAnOutcomeTheCodeWorkbookDoesNotList() {
        List<RuleSetError> errors = errorsOf(ANNUAL, book -> row(book, "A2").getCell(6).setCellValue("推荐省级表彰"));

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.column() + error.row()).isEqualTo("G12");
            assertThat(error.message()).contains("“推荐省级表彰”不在结果代码表").contains("先在结果代码表中加一行");
        });
    }

    @Test
    void shouldNameTheCellOfARoleThatIsNotInTheList() {
        List<RuleSetError> errors = errorsOf(QUARTERLY, book -> row(book, "ARCHIVABLE_ROLES").getCell(2)
                .setCellValue("业务责任人、处长"));

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.column() + error.row()).isEqualTo("C" + (row(quarterly(), "ARCHIVABLE_ROLES").getRowNum() + 1));
            assertThat(error.message()).contains("“业务责任人、处长”不在选项“角色”中");
        });
    }

    @Test
    void shouldNameTheParameterTableWhenARequiredParameterIsMissing() {
        List<RuleSetError> errors = errorsOf(QUARTERLY, book -> deleteRow(book, "DEFAULT_TARGET_RANK"));

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo(QUARTERLY);
            assertThat(error.sheet()).isEqualTo("季度规则");
            assertThat(error.column() + error.row()).isEqualTo("A10"); // the parameter table's label row, where a row goes
            assertThat(error.message()).startsWith("缺少参数 DEFAULT_TARGET_RANK");
        });
    }

    @Test
    void shouldNameTheSecondRowOfAParameterGivenTwice() {
        List<RuleSetError> errors = errorsOf(QUARTERLY, book -> {
            Row target = row(book, "DEFAULT_TARGET_RANK");
            target.getCell(0).setCellValue("ARCHIVABLE_ROLES");
            target.getCell(2).setCellValue("业务责任人");
        });

        assertThat(errors).anySatisfy(error -> {
            assertThat(error.column() + error.row()).isEqualTo("A12");
            assertThat(error.message()).startsWith("参数 ARCHIVABLE_ROLES 重复");
        });
        assertThat(errors).anySatisfy(error -> assertThat(error.message()).startsWith("缺少参数 DEFAULT_TARGET_RANK"));
    }

    @Test
    void shouldNameTheCellOfAParameterThatIsNotAWholeNumber() {
        List<RuleSetError> errors = errorsOf(QUARTERLY, book -> row(book, "DEFAULT_TARGET_RANK").getCell(2).setCellValue("前三"));

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.column() + error.row()).isEqualTo("C12");
            assertThat(error.message()).contains("DEFAULT_TARGET_RANK").contains("应为不小于 1 的整数").contains("前三");
        });
    }

    @Test
    void shouldNameTheCellOfAnOutcomeCodeThatIsNotAnUppercaseCode() {
        SortedMap<String, byte[]> files = AnnualWorkbook.shippedFiles();
        files.put(AnnualWorkbook.CODES, AnnualWorkbook.edit(files.get(AnnualWorkbook.CODES), book ->
                book.getSheet("结果代码").getRow(1).getCell(0).setCellValue("annual excellent")));

        List<RuleSetError> errors;
        try {
            new RuleSetCompiler().compile(new RuleSetFiles(files));
            throw new AssertionError("compiled");
        } catch (RuleSetInvalidException e) {
            errors = e.errors();
        }

        assertThat(errors).first().satisfies(error -> {
            assertThat(error.file()).isEqualTo(AnnualWorkbook.CODES);
            assertThat(error.column() + error.row()).isEqualTo("A2");
            assertThat(error.message()).contains("大写英文字母");
        });
    }

    @Test
    void shouldNameTheCellOfARecipientCodeTheContractDoesNotKnow() {
        SortedMap<String, byte[]> files = AnnualWorkbook.shippedFiles();
        int[] addedRow = new int[1];
        files.put(AnnualWorkbook.CODES, AnnualWorkbook.edit(files.get(AnnualWorkbook.CODES), book -> {
            Row added = book.getSheet("选项").createRow(book.getSheet("选项").getLastRowNum() + 1);
            addedRow[0] = added.getRowNum() + 1;
            added.createCell(0).setCellValue("送达对象");
            added.createCell(1).setCellValue("县财政局");
            added.createCell(2).setCellValue("FINANCE_BUREAU"); // documents go to the contract's recipients only
        }));

        List<RuleSetError> errors;
        try {
            new RuleSetCompiler().compile(new RuleSetFiles(files));
            throw new AssertionError("compiled");
        } catch (RuleSetInvalidException e) {
            errors = e.errors();
        }

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo(AnnualWorkbook.CODES);
            assertThat(error.column() + error.row()).isEqualTo("C" + addedRow[0]);
            assertThat(error.message()).contains("ORG_DEPT、HR_BUREAU、DISCIPLINE_COMMISSION").contains("FINANCE_BUREAU");
        });
    }

    private static Workbook quarterly() {
        try {
            return org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(
                    AnnualWorkbook.shippedFiles().get(QUARTERLY)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
