package com.meritarchive.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meritarchive.decision.Router;
import com.meritarchive.decision.fact.NoticeTerms;
import com.meritarchive.decision.fact.Routable;
import com.meritarchive.decision.fact.Route;
import com.meritarchive.ruleset.RuleSetInvalidException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped routing table (Routing.drl.xlsx) routes as POLICY.md "Filing and public notice" says, row by row. */
class RoutingTableTest {

    private final Router router = new Router();

    @ParameterizedTest(name = "{0} {1} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            CADRE | NEW_PERFORMANCE            | ORG_DEPT  | HR_BUREAU ORG_DEPT PUBLIC
            UNIT  | NEW_PERFORMANCE            |           | HR_BUREAU ORG_DEPT PUBLIC
            CADRE | NEW_PROBLEM_TRACE          | HR_BUREAU | HR_BUREAU ORG_DEPT
            CADRE | ANNUAL_EXCELLENT           | ORG_DEPT  | ORG_DEPT PUBLIC
            CADRE | MAJOR_CONTRIBUTION_NOMINEE | ORG_DEPT  | ORG_DEPT PUBLIC
            CADRE | OUTSTANDING_CADRE_LIST     | HR_BUREAU | ORG_DEPT
            CADRE | DISCIPLINE_REFERRAL        | ORG_DEPT  | DISCIPLINE_COMMISSION HR_BUREAU ORG_DEPT
            CADRE | POSITION_ADJUSTMENT        | ORG_DEPT  | DISCIPLINE_COMMISSION HR_BUREAU ORG_DEPT
            CADRE | KEY_OBSERVATION            | ORG_DEPT  | DISCIPLINE_COMMISSION HR_BUREAU ORG_DEPT
            UNIT  | UNIT_ANNUAL_EXCELLENT      |           | ORG_DEPT PUBLIC
            UNIT  | UNIT_EXCELLENT_BARRED      |           | ORG_DEPT PUBLIC
            UNIT  | UNIT_AWARDS_REVOKED        |           | ORG_DEPT PUBLIC
            CADRE | RETURN_TO_HR_BUREAU        | HR_BUREAU | HR_BUREAU
            CADRE | FILE_WITH_ORG_DEPT         | ORG_DEPT  | ORG_DEPT
            CADRE | PENDING_UNIT_OPINION       | ORG_DEPT  | ''
            """)
    void shouldRouteEachResultAsPolicySaysByDefault(String subjectType, String code, String managedBy, String recipients) {
        assertThat(recipientsOf(new Routable(subjectType, "X1", code, managedBy))).isEqualTo(words(recipients));
    }

    @Test
    void shouldSendAnExcellentCadreToTheCadresManager() {
        assertThat(recipientsOf(new Routable("CADRE", "C1", "ANNUAL_EXCELLENT", "HR_BUREAU")))
                .isEqualTo(words("HR_BUREAU PUBLIC"));
        assertThat(recipientsOf(new Routable("CADRE", "C1", "MAJOR_CONTRIBUTION_NOMINEE", "HR_BUREAU")))
                .isEqualTo(words("HR_BUREAU PUBLIC"));
    }

    @Test
    void shouldReadTheNoticeTermsFromTheTablesParameters() {
        NoticeTerms terms = router.route(List.of(new Routable("UNIT", "U1", "UNIT_ANNUAL_EXCELLENT", null)),
                RoutingWorkbook.SHIPPED).terms();

        assertThat(terms).isEqualTo(new NoticeTerms(5, "0915-xxxxxxx", "中共镇坪县委组织部"));
    }

    @Test
    void shouldStopPublicNoticeWhenPolicyStaffSetItsCellToNo() {
        var changed = RoutingWorkbook.compiledWith(sheet -> RoutingWorkbook.rowWith(sheet, 2, "单位年度综合目标考核直接定为优秀")
                .getCell(RoutingWorkbook.column(sheet, "公示")).setCellValue("否"));

        List<Route> routes = router.route(List.of(new Routable("UNIT", "U1", "UNIT_ANNUAL_EXCELLENT", null)), changed).routes();

        assertThat(routes).extracting(Route::recipient).containsExactly("ORG_DEPT");
    }

    @Test
    void shouldNameTheParameterTableWhenAParameterTheRulesReadIsMissing() {
        assertThatThrownBy(() -> RoutingWorkbook.compiledWith(sheet -> RoutingWorkbook.deleteRow(sheet,
                RoutingWorkbook.rowWith(sheet, 0, "NOTICE_WORKING_DAYS"))))
                .isInstanceOfSatisfying(RuleSetInvalidException.class, e -> assertThat(e.errors()).anySatisfy(error -> {
                    assertThat(error.file()).isEqualTo(RoutingWorkbook.FILE);
                    assertThat(error.sheet()).isEqualTo(RoutingWorkbook.SHEET);
                    assertThat(error.row()).isNotNull();
                    assertThat(error.message()).contains("缺少参数 NOTICE_WORKING_DAYS");
                }));
    }

    @Test
    void shouldNameTheCellWhenTheNoticePeriodIsNotAWholeNumberFromOne() {
        assertThatThrownBy(() -> RoutingWorkbook.compiledWith(sheet -> RoutingWorkbook.rowWith(sheet, 0, "NOTICE_WORKING_DAYS")
                .getCell(2).setCellValue(0)))
                .isInstanceOfSatisfying(RuleSetInvalidException.class, e -> assertThat(e.errors()).anySatisfy(error -> {
                    assertThat(error.column()).isEqualTo("C");
                    assertThat(error.message()).contains("NOTICE_WORKING_DAYS");
                }));
    }

    private Set<String> recipientsOf(Routable routable) {
        return new TreeSet<>(router.route(List.of(routable), RoutingWorkbook.SHIPPED).routes().stream()
                .map(Route::recipient).toList());
    }

    private static Set<String> words(String text) {
        return new TreeSet<>(text.isBlank() ? List.of() : List.of(text.strip().split("\\s+")));
    }
}
