package com.meritarchive.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.meritarchive.decision.fact.SubjectRecords;
import com.meritarchive.request.AnnualRequest;
import com.meritarchive.request.CadreInput;
import com.meritarchive.request.RecordInput;
import com.meritarchive.request.SubjectRef;
import com.meritarchive.request.UnitInput;
import com.meritarchive.ruleset.CompiledRuleSet;
import com.meritarchive.testing.AnnualWorkbook;
import com.meritarchive.testing.SeededCounty;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Subjects without records are decided once per type and unit kind and the others get the same
 * outcomes under their own ids ({@link RecordlessSubjects}): the answer is exactly the one that
 * deciding every subject itself gives, as the JSON the HR system gets, in one session and in
 * partitions, with the shipped rules and with rows that do decide something for a subject
 * without records.
 */
class RecordlessSubjectsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 11, 2017})
    void shouldDecideSubjectsWithoutRecordsOnceAndAnswerAsIfEachWereDecided(long seed) throws Exception {
        AnnualRequest county = withoutRecordsFor(SeededCounty.annual(new Random(seed)), "C00", "U0", "U3");

        assertThat(recordless(county)).as("cadres and units of both kinds without records")
                .hasSizeGreaterThan(20).anyMatch(id -> id.startsWith("U0")).anyMatch(id -> id.startsWith("U3"));
        assertSameAnswers(county, AnnualRules.SHIPPED);
    }

    @Test
    void shouldShareOneKeyStringBetweenASubjectAndItsRecords() {
        AnnualRequest county = SeededCounty.annual(new Random(7));

        List<SubjectRecords> subjects = AnnualDecider.facts(county, true).subjects().stream()
                .map(SubjectRecords.class::cast).toList();

        assertThat(subjects).filteredOn(subject -> subject.records().size() > 1).hasSizeGreaterThan(10)
                .allSatisfy(subject -> {
                    assertThat(subject.subject().key())
                            .isEqualTo(SubjectRef.keyOf(subject.subject().type(), subject.subject().id()));
                    assertThat(subject.records()).allSatisfy(record -> assertThat(record.subjectKey())
                            .isEqualTo(SubjectRef.keyOf(record.subjectType(), record.subjectId()))
                            .isSameAs(subject.subject().key()));
                });
    }

    @Test
    void shouldGiveEveryRecordlessSubjectOfAKindWhatTheRulesDecideForOne() throws Exception {
        AnnualWorkbook workbook = AnnualWorkbook.shipped();
        workbook.cell("A1", "实绩档案次数 ≥").setCellValue(0); // every cadre without traces is rated excellent
        workbook.cell("A2", "对象类型").setCellValue("单位");
        workbook.cell("A2", "单位类别").setCellValue("中省市驻镇单位");
        workbook.cell("A2", "实绩档案次数 ≥").setCellValue(0); // every stationed unit, but no county unit
        CompiledRuleSet edited = workbook.compile();
        AnnualRequest county = withoutRecordsFor(SeededCounty.annual(new Random(5)), "C00", "U0", "U3");

        AnnualDecision alike = assertSameAnswers(county, edited);

        Set<String> recordless = recordless(county);
        assertThat(alike.cadres()).filteredOn(cadre -> recordless.contains(cadre.id())).isNotEmpty()
                .allSatisfy(cadre -> assertThat(cadre.outcomes()).extracting(OutcomeView::code)
                        .containsExactly("ANNUAL_EXCELLENT"));
        assertThat(alike.units()).filteredOn(unit -> recordless.contains(unit.id()))
                .extracting(unit -> county.units().stream().filter(u -> u.id().equals(unit.id())).findFirst()
                        .orElseThrow().kind() + ":" + unit.outcomes().stream().map(OutcomeView::code).toList())
                .contains("STATIONED:[MAJOR_CONTRIBUTION_NOMINEE]", "COUNTY:[]")
                .allMatch(kindAndCodes -> kindAndCodes.equals("STATIONED:[MAJOR_CONTRIBUTION_NOMINEE]")
                        || kindAndCodes.equals("COUNTY:[]"));
    }

    /** Decides {@code county} both ways, one session and partitions, and returns the answer. */
    private static AnnualDecision assertSameAnswers(AnnualRequest county, CompiledRuleSet rules) throws Exception {
        AnnualDecider oneSession = new AnnualDecider();
        AnnualDecision each = oneSession.decide(AnnualDecider.facts(county, false), rules);
        AnnualDecision alike = oneSession.decide(AnnualDecider.facts(county, true), rules);
        AnnualDecision alikeInParts = new AnnualDecider(new DecisionThreads(4, 150)).decide(county, rules);

        assertThat(AnnualDecider.facts(county, true).subjects()).as("fewer facts decided")
                .hasSizeLessThan(AnnualDecider.facts(county, false).subjects().size());
        assertThat(JSON.writeValueAsString(alike)).isEqualTo(JSON.writeValueAsString(each));
        assertThat(JSON.writeValueAsString(alikeInParts)).isEqualTo(JSON.writeValueAsString(each));
        return alike;
    }

    /** The county with the records of the cadres and units whose ids start with the prefixes taken away. */
    private static AnnualRequest withoutRecordsFor(AnnualRequest county, String... prefixes) {
        List<RecordInput> kept = county.records().stream()
                .filter(record -> List.of(prefixes).stream().noneMatch(record.subjectId()::startsWith)).toList();
        return new AnnualRequest(county.year(), county.units(), county.cadres(), kept);
    }

    private static Set<String> recordless(AnnualRequest county) {
        Set<String> withRecords = county.records().stream().map(RecordInput::subjectId).collect(Collectors.toSet());
        return Stream.concat(county.cadres().stream().map(CadreInput::id), county.units().stream().map(UnitInput::id))
                .filter(id -> !withRecords.contains(id)).collect(Collectors.toSet());
    }
}
