package com.meritarchive.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.meritarchive.decision.QuarterlyDecision.CancellationView;
import com.meritarchive.decision.QuarterlyDecision.NewRecord;
import com.meritarchive.request.RecordInput;
import com.meritarchive.request.SubjectRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A decision's results kept by hash: the subjects with a code come out sorted however they were
 * added, and stepping through them in order gives each subject the codes a lookup gives it.
 */
class SubjectResultsTest {

    private static final RuleSetRef RULES = new RuleSetRef("000000000000", "0".repeat(64));
    private static final List<String> CODES = List.of("ANNUAL_EXCELLENT", "KEY_OBSERVATION", "POSITION_ADJUSTMENT");

    @Test
    void shouldListTheSubjectsWithACodeInOrderAndStepThroughThemAsLookupsWould() {
        Random random = new Random(16);
        SubjectResults results = new SubjectResults();
        List<SubjectOutcomes> cadres = subjects("C", 300, random);
        List<SubjectOutcomes> units = subjects("U", 30, random);
        List<NewRecord> newRecords = new ArrayList<>();
        for (int i = 0; i < 60; i++) { // after the outcomes, in no order: a quarter's new records
            String cadre = String.format("C%03d", random.nextInt(320));
            newRecords.add(new NewRecord("N" + i, "CADRE", cadre, "PERFORMANCE", 2017, 4, null, "I1", "ACTIVE", "Q1", "A" + i));
        }
        List<RecordInput> earlier = List.of(new RecordInput("R1", "UNIT", "U007", "PROBLEM_TRACE", 2017, 3, null, "I2", "ACTIVE"));
        results.addQuarterly(new QuarterlyDecision(2017, 4, RULES, newRecords,
                List.of(new CancellationView("R1", "Q3", "A1")), cadres, units, List.of()), earlier);

        TreeSet<SubjectRef> expected = new TreeSet<>();
        for (int i = 0; i < 320; i++) {
            addIfCoded(expected, results, SubjectRef.cadre(String.format("C%03d", i)));
        }
        for (int i = 0; i < 30; i++) {
            addIfCoded(expected, results, SubjectRef.unit(String.format("U%03d", i)));
        }

        assertThat(expected).as("cadres with outcomes or new records, and the unit with a cancellation")
                .hasSizeGreaterThan(100).contains(SubjectRef.unit("U007"));
        assertThat(results.withCodes()).containsExactlyElementsOf(expected);
        Function<SubjectRef, SortedMap<String, SortedSet<String>>> inOrder = results.inOrder();
        for (int i = 0; i < 320; i++) { // every cadre, coded or not, as the diff asks: in order
            SubjectRef cadre = SubjectRef.cadre(String.format("C%03d", i));
            assertThat(inOrder.apply(cadre)).as(cadre.id()).isEqualTo(results.of(cadre));
        }
        assertThat(inOrder.apply(SubjectRef.unit("U007"))).containsOnlyKeys(SubjectResults.TRACE_CANCELLED);
        assertThat(inOrder.apply(SubjectRef.unit("U999"))).isEmpty();
    }

    /** {@code count} subjects, a third of them with one or two codes, listed in random order. */
    private static List<SubjectOutcomes> subjects(String prefix, int count, Random random) {
        List<SubjectOutcomes> subjects = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<OutcomeView> outcomes = new ArrayList<>();
            if (random.nextInt(3) == 0) {
                outcomes.add(new OutcomeView(CODES.get(random.nextInt(CODES.size())), "A1", List.of("R" + i)));
                if (random.nextBoolean()) {
                    outcomes.add(new OutcomeView(CODES.get(random.nextInt(CODES.size())), "A2", List.of("R" + i)));
                }
            }
            subjects.add(new SubjectOutcomes(String.format("%s%03d", prefix, i), outcomes));
        }
        Collections.shuffle(subjects, random);
        return subjects;
    }

    private static void addIfCoded(TreeSet<SubjectRef> coded, SubjectResults results, SubjectRef subject) {
        if (!results.of(subject).isEmpty()) {
            coded.add(subject);
        }
    }
}
