package com.meritarchive.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.meritarchive.request.CadreInput;
import com.meritarchive.ruleset.CompiledRuleSet;
import com.meritarchive.ruleset.RuleSetCompiler;
import com.meritarchive.ruleset.RuleSetFiles;
import com.meritarchive.request.StepDownRequest;
import com.meritarchive.testing.AnnualWorkbook;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;

/**
 * Voluntary step-down (S1) with the shipped step-down table: the unit's signed opinion comes first,
 * then the leader's approval, and only an approved application goes to the HR bureau or the
 * organisation department, whichever manages the cadre. The decider refuses an answer unless
 * exactly one row matches, so every combination is decided here.
 */
class StepDownTest {

    @Test
    void shouldWaitForTheUnitsOpinionEvenWhenTheLeaderHasApproved() {
        assertEquals(new StepDownAnswer("PENDING_UNIT_OPINION", "S1"), decide("ORG_DEPT", false, true));
    }

    @Test
    void shouldWaitForTheLeadersApprovalOnceTheUnitHasSigned() {
        assertEquals(new StepDownAnswer("PENDING_LEADER_APPROVAL", "S1"), decide("HR_BUREAU", true, false));
    }

    @Test
    void shouldReturnAnApprovedCadreManagedByTheHrBureauToTheHrBureau() {
        assertEquals(new StepDownAnswer("RETURN_TO_HR_BUREAU", "S1"), decide("HR_BUREAU", true, true));
    }

    @Test
    void shouldFileAnApprovedCadreManagedByTheOrganisationDepartmentWithIt() {
        assertEquals(new StepDownAnswer("FILE_WITH_ORG_DEPT", "S1"), decide("ORG_DEPT", true, true));
    }

    @ParameterizedTest(name = "{0}, unit opinion signed {1}, leader approved {2} -> {3}")
    @CsvSource({
        "ORG_DEPT,  false, false, PENDING_UNIT_OPINION",
        "ORG_DEPT,  false, true,  PENDING_UNIT_OPINION",
        "ORG_DEPT,  true,  false, PENDING_LEADER_APPROVAL",
        "ORG_DEPT,  true,  true,  FILE_WITH_ORG_DEPT",
        "HR_BUREAU, false, false, PENDING_UNIT_OPINION",
        "HR_BUREAU, false, true,  PENDING_UNIT_OPINION",
        "HR_BUREAU, true,  false, PENDING_LEADER_APPROVAL",
        "HR_BUREAU, true,  true,  RETURN_TO_HR_BUREAU",
    })
    void shouldDecideEveryApplicationByExactlyOneRow(String managedBy, boolean unitOpinionSigned, boolean leaderApproved,
            String decision) {
        assertEquals(new StepDownAnswer(decision, "S1"), decide(managedBy, unitOpinionSigned, leaderApproved));
    }

    @Test
    void shouldFailNamingTheTableWhenNoRowDecidesAnApplication() {
        SortedMap<String, byte[]> files = AnnualWorkbook.shippedFiles();
        files.remove("StepDown.drl.xlsx");
        CompiledRuleSet withoutTable = new RuleSetCompiler().compile(new RuleSetFiles(files));
        CadreInput cadre = new CadreInput("ZP-C-0107", "杨云", "ZP-U-FGJ", "ORG_DEPT");

        assertThatThrownBy(() -> new StepDownDecider().decide(new StepDownRequest(cadre, true, true), withoutTable))
                .isInstanceOfSatisfying(DecisionFailedException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
                    assertThat(e.toProblem().getTitle()).isEqualTo("Decision failed");
                    assertThat(e.getMessage()).contains(withoutTable.id()).contains("gave 0 step-down decisions")
                            .contains("the S1 table must match exactly one row");
                });
    }

    private static StepDownAnswer decide(String managedBy, boolean unitOpinionSigned, boolean leaderApproved) {
        CadreInput cadre = new CadreInput("ZP-C-0107", "杨云", "ZP-U-FGJ", managedBy);
        return new StepDownDecider().decide(new StepDownRequest(cadre, unitOpinionSigned, leaderApproved),
                AnnualRules.SHIPPED);
    }
}
