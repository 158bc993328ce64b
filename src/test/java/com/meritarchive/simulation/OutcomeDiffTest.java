package com.meritarchive.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.meritarchive.decision.AnnualDecision;
import com.meritarchive.decision.OutcomeView;
import com.meritarchive.decision.RuleSetRef;
import com.meritarchive.decision.SubjectOutcomes;
import com.meritarchive.decision.SubjectResults;
import com.meritarchive.request.AnnualRequest;
import com.meritarchive.request.CadreInput;
import com.meritarchive.request.Dataset;
import com.meritarchive.request.SubjectRef;
import com.meritarchive.request.UnitInput;
import com.meritarchive.simulation.Simulation.Change;
import com.meritarchive.simulation.Simulation.CodeCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The diff walks the subjects of both sides in one merged pass: each once, cadres first, then by
 * id; it steps only through the subjects that have a code on a side, and looks up the names of
 * those that changed, with what a lookup of every subject on each side gives.
 */
class OutcomeDiffTest {

    private static final RuleSetRef BASELINE = new RuleSetRef("aaaaaaaaaaaa", "a".repeat(64));
    private static final RuleSetRef CANDIDATE = new RuleSetRef("bbbbbbbbbbbb", "b".repeat(64));
    private static final List<String> CODES = List.of("ANNUAL_EXCELLENT", "KEY_OBSERVATION", "UNIT_AWARDS_REVOKED");

    @Test
    void shouldListEverySubjectOfEitherSideOnceInOrder() {
        TreeSet<SubjectRef> before = new TreeSet<>(List.of(SubjectRef.cadre("C002"), SubjectRef.cadre("C004"), SubjectRef.unit("U01")));
        TreeSet<SubjectRef> after = new TreeSet<>(List.of(SubjectRef.cadre("C001"), SubjectRef.cadre("C004"), SubjectRef.unit("U02")));

        List<SubjectRef> union = OutcomeDiff.union(before, after);

        assertThat(union).containsExactly(SubjectRef.cadre("C001"), SubjectRef.cadre("C002"), SubjectRef.cadre("C004"),
                SubjectRef.unit("U01"), SubjectRef.unit("U02"));
        assertThat(OutcomeDiff.union(before, new TreeSet<>())).containsExactlyElementsOf(before);
        assertThat(OutcomeDiff.union(new TreeSet<>(), after)).containsExactlyElementsOf(after);
    }

    @Test
    void shouldGiveWhatALookupOfEverySubjectOnEachSideGives() {
        Random random = new Random(1616);
        List<UnitInput> units = new ArrayList<>();
        List<CadreInput> cadres = new ArrayList<>();
        for (int u = 0; u < 40; u++) {
            units.add(new UnitInput(String.format("U%02d", u), "单位" + u, "COUNTY"));
        }
        for (int c = 0; c < 600; c++) {
            cadres.add(new CadreInput(String.format("C%03d", c), "干部" + c, String.format("U%02d", c % 40), "ORG_DEPT"));
        }
        SubjectResults before = results(cadres, units, random);
        SubjectResults after = results(cadres, units, random);
        List<SubjectRef> everyone = new ArrayList<>();
        cadres.forEach(cadre -> everyone.add(SubjectRef.cadre(cadre.id())));
        units.forEach(unit -> everyone.add(SubjectRef.unit(unit.id())));

        Simulation simulation = OutcomeDiff.between(BASELINE, CANDIDATE, Decided.withoutWarnings(before),
                Decided.withoutWarnings(after), SubjectNames.of(Dataset.annual(new AnnualRequest(2017, units, cadres, List.of()))));

        SortedMap<String, int[]> counts = new TreeMap<>();
        List<Change> changes = new ArrayList<>();
        for (SubjectRef subject : everyone) { // in order: cadres, then units, each by id
            SortedMap<String, SortedSet<String>> was = before.of(subject);
            SortedMap<String, SortedSet<String>> is = after.of(subject);
            was.keySet().forEach(code -> counts.computeIfAbsent(code, k -> new int[4])[0]++);
            is.keySet().forEach(code -> counts.computeIfAbsent(code, k -> new int[4])[1]++);
            List<String> gained = is.keySet().stream().filter(code -> !was.containsKey(code)).toList();
            List<String> lost = was.keySet().stream().filter(code -> !is.containsKey(code)).toList();
            gained.forEach(code -> counts.get(code)[2]++);
            lost.forEach(code -> counts.get(code)[3]++);
            if (gained.isEmpty() && lost.isEmpty()) {
                continue;
            }
            TreeSet<String> rules = new TreeSet<>();
            gained.forEach(code -> rules.addAll(is.get(code)));
            lost.forEach(code -> rules.addAll(was.get(code)));
            boolean unit = subject.type().equals("UNIT");
            int number = Integer.parseInt(subject.id().substring(1));
            changes.add(new Change(subject.type(), subject.id(), unit ? "单位" + number : "干部" + number,
                    "单位" + (unit ? number : number % 40), gained, lost, List.copyOf(was.keySet()), List.copyOf(is.keySet()),
                    List.copyOf(rules)));
        }
        SortedMap<String, CodeCount> summary = new TreeMap<>();
        counts.forEach((code, c) -> summary.put(code, new CodeCount(c[0], c[1], c[2], c[3])));

        assertThat(changes).as("the sides differ on some subjects, cadres and units").hasSizeGreaterThan(50)
                .anyMatch(change -> change.subjectType().equals("UNIT"));
        assertThat(simulation).isEqualTo(new Simulation(BASELINE, CANDIDATE, summary, changes));
    }

    /** One side: a random third of the subjects with one or two codes. */
    private static SubjectResults results(List<CadreInput> cadres, List<UnitInput> units, Random random) {
        List<SubjectOutcomes> cadreOutcomes = new ArrayList<>();
        List<SubjectOutcomes> unitOutcomes = new ArrayList<>();
        cadres.forEach(cadre -> cadreOutcomes.add(new SubjectOutcomes(cadre.id(), outcomes(random))));
        units.forEach(unit -> unitOutcomes.add(new SubjectOutcomes(unit.id(), outcomes(random))));
        SubjectResults results = new SubjectResults();
        results.addAnnual(new AnnualDecision(2017, BASELINE, cadreOutcomes, unitOutcomes));
        return results;
    }

    private static List<OutcomeView> outcomes(Random random) {
        List<OutcomeView> outcomes = new ArrayList<>();
        for (String code : CODES) {
            if (random.nextInt(6) == 0) {
                outcomes.add(new OutcomeView(code, "A" + (1 + random.nextInt(3)), List.of("R1")));
            }
        }
        return outcomes;
    }
}
