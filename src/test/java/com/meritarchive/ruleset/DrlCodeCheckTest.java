package com.meritarchive.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import com.meritarchive.system.PoiLimits;
import com.meritarchive.testing.AnnualWorkbook;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** No code from uploads: a rule file or a table's code cell that reaches beyond the facts is refused, located. */
class DrlCodeCheckTest {

    private static final RuleSetCompiler COMPILER = new RuleSetCompiler();
    private static final String HEAD = "package merit.test;\nimport com.meritarchive.decision.fact.Tally;\n"
            + "rule \"X1 probe\"\nwhen\n    $t : Tally()\nthen\n";

    @BeforeAll
    static void limitWorkbooksAsTheServiceDoes() {
        PoiLimits.apply();
    }

    private static List<DrlCodeCheck.Finding> findings(String drl) {
        return DrlCodeCheck.findings(drl, Set.of());
    }

    /** The shipped rule set with one more DRL file: the errors its compilation reports. */
    private static List<RuleSetError> errorsWith(String file, String drl) {
        SortedMap<String, byte[]> files = AnnualWorkbook.shippedFiles();
        files.put(file, drl.getBytes(StandardCharsets.UTF_8));
        return errorsOf(files);
    }

    /** The shipped rule set with the annual table edited: the errors its compilation reports. */
    private static List<RuleSetError> errorsWithAnnualTable(Consumer<Sheet> edit) {
        SortedMap<String, byte[]> files = AnnualWorkbook.shippedFiles();
        files.put(AnnualWorkbook.FILE, AnnualWorkbook.edit(files.get(AnnualWorkbook.FILE),
                workbook -> edit.accept(workbook.getSheetAt(0))));
        return errorsOf(files);
    }

    private static List<RuleSetError> errorsOf(SortedMap<String, byte[]> files) {
        try {
            COMPILER.compile(new RuleSetFiles(files));
        } catch (RuleSetInvalidException e) {
            return e.errors();
        }
        throw new AssertionError("The rule set compiled but should not have");
    }

    @Test
    void shouldPassEveryShippedRuleFileAndTable() {
        SortedMap<String, byte[]> files = AnnualWorkbook.shippedFiles();
        CodeLists codes = CodeLists.read(AnnualWorkbook.CODES, files.get(AnnualWorkbook.CODES));
        files.forEach((name, content) -> {
            if (name.endsWith(".drl")) {
                assertThat(findings(new String(content, StandardCharsets.UTF_8))).as(name).isEmpty();
            } else if (name.endsWith(".drl.xlsx")) {
                assertThat(findings(SpreadsheetTranslator.translate(name, content, codes).drl())).as(name).isEmpty();
            }
        });
    }

    @Test
    void shouldRefuseAFileReadAtItsLineAndColumn() {
        List<RuleSetError> errors = errorsWith("steal.drl", HEAD
                + "    String s = new String(java.nio.file.Files.readAllBytes(java.nio.file.Paths.get(\"/etc/passwd\")));\nend\n");

        assertThat(errors).isNotEmpty().allSatisfy(error -> assertThat(error.file()).isEqualTo("steal.drl"));
        assertThat(errors.get(0).row()).isEqualTo(7);
        assertThat(errors.get(0).column()).isEqualTo("27");
        assertThat(errors.get(0).message()).startsWith("规则中不允许使用 Files").contains("(Files is forbidden");
    }

    @Test
    void shouldRefuseSystemExit() {
        List<RuleSetError> errors = errorsWith("stop.drl", HEAD + "    System.exit(0);\nend\n");

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(7);
            assertThat(error.column()).isEqualTo("5");
            assertThat(error.message()).contains("System");
        });
    }

    @Test
    void shouldRefuseThreadSleepAndHalt() {
        assertThat(findings(HEAD + "    Thread.sleep(100000);\nend\n")).extracting(DrlCodeCheck.Finding::name)
                .containsExactly("Thread");
        assertThat(findings(HEAD + "    drools.halt();\nend\n")).extracting(DrlCodeCheck.Finding::name)
                .containsExactly("drools");
        assertThat(findings(HEAD + "    Runtime.getRuntime().halt(1);\nend\n")).extracting(DrlCodeCheck.Finding::name)
                .contains("Runtime", "halt");
    }

    @Test
    void shouldRefuseReflectionHoweverItIsReached() {
        assertThat(findings(HEAD + "    Object o = \"\".getClass().getMethods();\nend\n"))
                .extracting(DrlCodeCheck.Finding::name).contains("getClass", "getMethods");
        assertThat(findings(HEAD + "    Object o = $t.getClass();\nend\n")).extracting(DrlCodeCheck.Finding::name)
                .containsExactly("getClass");
        assertThat(findings(HEAD + "    Object c = Class.forName(\"x\");\nend\n")).extracting(DrlCodeCheck.Finding::name)
                .containsExactly("Class");
        assertThat(findings(HEAD + "    Object m = java.lang.invoke.MethodHandles.lookup();\nend\n")).isNotEmpty();
    }

    @Test
    void shouldRefuseImportsOutsideTheFactPackageAndTheValueTypes() {
        List<DrlCodeCheck.Finding> found = findings("package merit.test;\nimport java.io.FileReader;\n"
                + "import java.util.List;\nimport com.meritarchive.decision.fact.*;\nimport org.springframework.Foo;\n");

        assertThat(found).extracting(DrlCodeCheck.Finding::line).containsExactly(2, 5);
        assertThat(found.get(1).message()).startsWith("不允许导入 org.springframework.Foo");
    }

    @Test
    void shouldRefuseTypesAndQualifiedNamesOutsideTheAllowlist() {
        assertThat(findings(HEAD + "    StrictMath.abs(1);\nend\n")).extracting(DrlCodeCheck.Finding::name)
                .containsExactly("StrictMath");
        assertThat(findings(HEAD + "    Object o = new javax.script.Bindings();\nend\n")).isNotEmpty();
        assertThat(findings(HEAD + "    java.util.List l = new java.util.ArrayList();\nend\n")).isEmpty();
    }

    @Test
    void shouldNotBeFooledByCommentsStringsOrEscapes() {
        assertThat(findings(HEAD + "    // System.exit(0)\n    String s = \"System.exit\";\nend\n")).isEmpty();
        assertThat(findings(HEAD + "    \\u0053ystem.exit(0);\nend\n")).isNotEmpty();
        assertThat(findings(HEAD + "    String s = \"\"\"\n  x\"\"\" + System.exit(0);\nend\n")).isNotEmpty();
        assertThat(findings(HEAD + "    System\n   .exit(0);\nend\n")).isNotEmpty();
    }

    @Test
    void shouldCheckMvelConsequencesToo() {
        assertThat(findings("package merit.test;\nimport com.meritarchive.decision.fact.Tally;\n"
                + "rule \"X1\" dialect \"mvel\"\nwhen\n  $t : Tally()\nthen\n  java.lang.Runtime.getRuntime().exec(\"rm\");\nend\n"))
                .isNotEmpty();
    }

    @Test
    void shouldAllowTheTypesTheRuleSetDeclares() {
        String drl = "package merit.test;\ndeclare Marker\n  id : String\nend\n"
                + "rule \"X1\"\nwhen\nthen\n  insert(new Marker(\"a\"));\nend\n";

        assertThat(DrlCodeCheck.check(java.util.Map.of("m.drl", drl), java.util.Map.of())).isEmpty();
    }

    @Test
    void shouldReportAForbiddenSnippetInAHiddenCodeRowAtItsCodeCell() {
        List<RuleSetError> errors = errorsWithAnnualTable(sheet -> {
            Row code = sheet.getRow(8); // row 9: the hidden code row of the first RuleTable
            code.getCell(6).setCellValue("System.exit(0); for (Outcome o : Outcome.of($t, \"$param\", "
                    + "drools.getRule().getName())) { insert(o); }");
        });

        assertThat(errors).isNotEmpty().allSatisfy(error -> {
            assertThat(error.file()).isEqualTo(AnnualWorkbook.FILE);
            assertThat(error.sheet()).isEqualTo("年度规则");
            assertThat(error.column() + error.row()).isEqualTo("G9");
            assertThat(error.message()).contains("System");
        });
    }

    @Test
    void shouldRefuseAConditionOnOneSubjectsIdButAllowBindingsAndJoins() {
        String rule = "package merit.test;\nimport com.meritarchive.decision.fact.*;\n"
                + "rule \"X2 probe\"\nwhen\n    %s\nthen\n    String id = $t.subjectId();\nend\n";

        for (String bad : List.of("$t : Tally( subjectId == \"C001\" )", "$t : Tally( \"C001\" == subjectId )",
                "$t : Tally( subjectId != \"C001\" )", "$t : Tally( subjectId in (\"C1\", \"C2\") )",
                "$t : Tally( subjectId matches \"C0.*\" )", "$s : SubjectRecords( subject.id == \"C1\" )",
                "$s : SubjectRecords( $k : subject.key ) Subject( key == $k, id.startsWith(\"C\") )",
                "$t : Tally( subjectId.startsWith(\"C1\") )")) {
            assertThat(findings(String.format(rule, bad))).as(bad).singleElement().satisfies(finding -> {
                assertThat(finding.line()).isEqualTo(5);
                assertThat(finding.message()).startsWith("条件中不允许按编号判断").contains("(an id in a condition may");
            });
        }
        for (String good : List.of("$t : Tally( $id : subjectId ) Outcome( subjectId == $id )",
                "$t : Tally( $id : subjectId ) Outcome( subjectId != $id, subjectType == $t.subjectType )",
                "$s : Subject( $key : key ) ArchiveRecord( subjectKey == $key )",
                "$t : Tally() Outcome( subjectId == $t.subjectId )")) {
            assertThat(findings(String.format(rule, good))).as(good).isEmpty();
        }
    }

    @Test
    void shouldRefuseAnIdConditionInATableAtItsCodeCell() {
        List<RuleSetError> errors = errorsWithAnnualTable(sheet -> // row 9: the hidden code row of the first RuleTable;
                sheet.getRow(8).getCell(2).setCellValue("subjectId == \"$param\"")); // 对象类型 becomes a cadre's id

        assertThat(errors).isNotEmpty().anySatisfy(error -> {
            assertThat(error.file()).isEqualTo(AnnualWorkbook.FILE);
            assertThat(error.column() + error.row()).isEqualTo("C9");
            assertThat(error.message()).startsWith("条件中不允许按编号判断");
        });
    }
}
