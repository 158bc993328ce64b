package com.meritarchive.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import com.meritarchive.ruleset.TableRow.Column;
import com.meritarchive.testing.AnnualWorkbook;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The rule rows of the shipped tables as data: what explanations and warnings read of a clause. */
class TableRowTest {

    private static final CompiledRuleSet SHIPPED = new RuleSetCompiler().compile(new RuleSetFiles(AnnualWorkbook.shippedFiles()));

    @Test
    void shouldReadA1AsItsCellsSayWithCodesForWords() {
        TableRow a1 = SHIPPED.rowsOf("A1").get(0);

        assertThat(a1.file()).isEqualTo("Annual.drl.xlsx");
        assertThat(a1.sheet()).isEqualTo("年度规则");
        assertThat(a1.table()).isEqualTo("年度次数规则");
        assertThat(a1.row()).isEqualTo(11);
        assertThat(a1.description()).startsWith("一年记入2次以上实绩档案");
        assertThat(a1.conditions()).containsExactly(
                new Column("对象类型", "Tally", "subjectType", "==", "CADRE"),
                new Column("实绩档案次数 ≥", "Tally", "performanceCount", ">=", "2"),
                new Column("未销号问题痕迹次数 ≤", "Tally", "traceCount", "<=", "0"));
        assertThat(a1.actions()).singleElement().extracting(Column::value).isEqualTo("ANNUAL_EXCELLENT");
        assertThat(a1.condition("Tally", "performanceCount")).flatMap(Column::number).contains(2);
    }

    @Test
    void shouldReadARunRowsMatchedFactAndLength() {
        TableRow u1 = SHIPPED.rowsOf("U1").get(0);

        assertThat(u1.condition("Run", "length")).flatMap(Column::number).contains(3);
        assertThat(u1.condition("Run", "window")).map(Column::value).contains("YEAR");
        assertThat(u1.condition("Run", "subjectKind")).map(Column::value).contains("STATIONED");
    }

    @Test
    void shouldFollowACellPolicyStaffChange() {
        TreeMap<String, byte[]> files = new TreeMap<>(AnnualWorkbook.shippedFiles());
        files.put(AnnualWorkbook.FILE, AnnualWorkbook.withA1Threshold(3));

        CompiledRuleSet changed = new RuleSetCompiler().compile(new RuleSetFiles(files));

        assertThat(changed.rowsOf("A1").get(0).condition("Tally", "performanceCount")).flatMap(Column::number).contains(3);
    }

    @Test
    void shouldListEveryRuleRowOfTheShippedTables() {
        List<String> clauses = SHIPPED.tableRows().stream().map(TableRow::clause).toList();

        assertThat(clauses).contains("A1", "A2", "A3", "A4", "A5", "U1", "U2", "Q1", "Q2", "S1", "R1", "R15", "NOTICE_WORKING_DAYS");
    }
}
