package com.meritarchive.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.meritarchive.decision.QuarterlyDecision;
import com.meritarchive.decision.RuleSetRef;
import com.meritarchive.decision.SubjectOutcomes;
import com.meritarchive.decision.OutcomeView;
import com.meritarchive.decision.SubjectResults;
import com.meritarchive.decision.fact.Warning;
import com.meritarchive.request.CadreInput;
import com.meritarchive.simulation.Simulation.Change;
import com.meritarchive.simulation.Simulation.CodeCount;
import com.meritarchive.simulation.Simulation.WarningRef;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Issue 17 point 4: a what-if on a quarterly dataset lists the warnings gained and lost beside the outcomes. */
class WarningDiffTest {

    private static final RuleSetRef BASELINE = new RuleSetRef("base", "b".repeat(64));
    private static final RuleSetRef CANDIDATE = new RuleSetRef("cand", "c".repeat(64));
    private static final SubjectNames NAMES = SubjectNames.of(new CadreInput("C001", "杨云", "U01", "ORG_DEPT"));

    private static Warning warning(String cadre, String code, String rule) {
        return new Warning("CADRE", cadre, code, rule, "……", List.of("R/" + cadre));
    }

    /** A quarter in which the cadres have {@code outcomes} (cadre → codes) and {@code warnings}. */
    private static Decided quarter(Map<String, List<String>> outcomes, List<Warning> warnings) {
        List<SubjectOutcomes> cadres = new ArrayList<>();
        outcomes.forEach((cadre, codes) -> cadres.add(new SubjectOutcomes(cadre,
                codes.stream().map(code -> new OutcomeView(code, "Q5", List.of())).toList())));
        QuarterlyDecision decision = new QuarterlyDecision(2017, 2, BASELINE, List.of(), List.of(), cadres, List.of(), warnings);
        SubjectResults results = new SubjectResults();
        results.addQuarterly(decision, List.of());
        return new Decided(results, SubjectWarnings.of(decision.warnings()));
    }

    @Test
    void shouldListASubjectWhoseWarningsAloneDifferWithTheWarningsGainedAndLost() {
        Decided before = quarter(Map.of("C001", List.of(), "C002", List.of()), List.of(warning("C001", "ANNUAL_EXCELLENT", "W4"),
                warning("C002", "DISCIPLINE_REFERRAL", "W1")));
        Decided after = quarter(Map.of("C001", List.of(), "C002", List.of()), List.of(warning("C001", "MAJOR_CONTRIBUTION_NOMINEE",
                "W5"), warning("C002", "DISCIPLINE_REFERRAL", "W1")));

        Simulation simulation = OutcomeDiff.between(BASELINE, CANDIDATE, before, after, NAMES);

        assertThat(simulation.changes()).singleElement().satisfies(change -> {
            assertThat(change.subjectId()).isEqualTo("C001");
            assertThat(change.name()).isEqualTo("杨云");
            assertThat(change.gained()).isEmpty();
            assertThat(change.lost()).isEmpty();
            assertThat(change.gainedWarnings()).containsExactly(new WarningRef("MAJOR_CONTRIBUTION_NOMINEE", "W5"));
            assertThat(change.lostWarnings()).containsExactly(new WarningRef("ANNUAL_EXCELLENT", "W4"));
        });
        assertThat(simulation.warningSummary()).containsEntry("ANNUAL_EXCELLENT", new CodeCount(1, 0, 0, 1))
                .containsEntry("MAJOR_CONTRIBUTION_NOMINEE", new CodeCount(0, 1, 1, 0))
                .containsEntry("DISCIPLINE_REFERRAL", new CodeCount(1, 1, 0, 0));
        assertThat(simulation.summary()).isEmpty();
    }

    @Test
    void shouldShowAWarningThatCameTrueAsAnOutcomeGainedBesideAWarningLost() {
        Decided before = quarter(Map.of("C001", List.of()), List.of(warning("C001", "KEY_OBSERVATION", "W2")));
        Decided after = quarter(Map.of("C001", List.of("KEY_OBSERVATION")), List.of());

        Change change = OutcomeDiff.between(BASELINE, CANDIDATE, before, after, NAMES).changes().get(0);

        assertThat(change.gained()).containsExactly("KEY_OBSERVATION");
        assertThat(change.gainedWarnings()).isEmpty();
        assertThat(change.lostWarnings()).containsExactly(new WarningRef("KEY_OBSERVATION", "W2"));
    }

    @Test
    void shouldCountOneWarningPerSubjectWhenAClauseWarnsTwiceAndListNoChangeWhenNothingDiffers() {
        List<Warning> twice = List.of(new Warning("CADRE", "C001", "DISCIPLINE_REFERRAL", "W1", "指标甲……", List.of("R1")),
                new Warning("CADRE", "C001", "DISCIPLINE_REFERRAL", "W1", "指标乙……", List.of("R2")));
        Simulation simulation = OutcomeDiff.between(BASELINE, CANDIDATE, quarter(Map.of("C001", List.of()), twice),
                quarter(Map.of("C001", List.of()), twice), NAMES);

        assertThat(simulation.changes()).isEmpty();
        assertThat(simulation.warningSummary()).containsExactly(Map.entry("DISCIPLINE_REFERRAL", new CodeCount(1, 1, 0, 0)));
    }

    @Test
    void shouldLeaveWarningsOutWhenASideHasNoneToCompare() throws Exception {
        Decided recordedBeforeWarnings = new Decided(quarter(Map.of("C001", List.of("KEY_OBSERVATION")), List.of()).results(), null);
        Decided after = quarter(Map.of("C001", List.of()), List.of(warning("C001", "KEY_OBSERVATION", "W2")));

        Simulation simulation = OutcomeDiff.between(BASELINE, CANDIDATE, recordedBeforeWarnings, after, NAMES);

        assertThat(simulation.warningSummary()).isNull();
        assertThat(simulation.changes()).singleElement().satisfies(change -> assertThat(change.gainedWarnings()).isNull());
        JsonNode json = new ObjectMapper().valueToTree(simulation);
        assertThat(json.has("warningSummary")).isFalse();
        assertThat(json.at("/changes/0").has("gainedWarnings")).isFalse();
        assertThat(json.at("/changes/0/lost/0").asText()).isEqualTo("KEY_OBSERVATION");
    }

    @Test
    void shouldAnswerWarningsAsCodeAndRuleInJson() {
        Simulation simulation = OutcomeDiff.between(BASELINE, CANDIDATE, quarter(Map.of("C001", List.of()), List.of()),
                quarter(Map.of("C001", List.of()), List.of(warning("C001", "ANNUAL_EXCELLENT", "W4"))), NAMES);

        JsonNode json = new ObjectMapper().valueToTree(simulation);

        assertThat(json.at("/changes/0/gainedWarnings").toString()).isEqualTo("[{\"code\":\"ANNUAL_EXCELLENT\",\"rule\":\"W4\"}]");
        assertThat(json.at("/changes/0/lostWarnings").toString()).isEqualTo("[]");
        assertThat(json.at("/warningSummary/ANNUAL_EXCELLENT").toString())
                .isEqualTo("{\"baseline\":0,\"candidate\":1,\"gained\":1,\"lost\":0}");
    }

    @Test
    void shouldReportTheWarningsInTheWorkbook() throws Exception {
        Simulation simulation = OutcomeDiff.between(BASELINE, CANDIDATE, quarter(Map.of("C001", List.of()), List.of()),
                quarter(Map.of("C001", List.of()), List.of(warning("C001", "ANNUAL_EXCELLENT", "W4"))), NAMES);
        OutcomeLabels labels = new OutcomeLabels(Map.of("ANNUAL_EXCELLENT", "年度考核直接评为优秀"));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(new SimulationReport().xlsx(simulation, labels)))) {
            Row header = book.getSheet("变化").getRow(0);
            assertThat(header.getCell(SimulationReport.CHANGE_HEADERS.size()).getStringCellValue()).isEqualTo("预警变化");
            assertThat(book.getSheet("变化").getRow(1).getCell(SimulationReport.CHANGE_HEADERS.size()).getStringCellValue())
                    .isEqualTo("+W4 ANNUAL_EXCELLENT（年度考核直接评为优秀）");
            Row counts = book.getSheet("预警汇总").getRow(1);
            assertThat(counts.getCell(0).getStringCellValue()).isEqualTo("ANNUAL_EXCELLENT");
            assertThat(counts.getCell(1).getStringCellValue()).isEqualTo("年度考核直接评为优秀");
            assertThat(counts.getCell(4).getNumericCellValue()).isEqualTo(1.0);
        }
    }
}
