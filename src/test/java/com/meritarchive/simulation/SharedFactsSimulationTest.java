package com.meritarchive.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.meritarchive.decision.AnnualDecider;
import com.meritarchive.decision.DecisionThreads;
import com.meritarchive.decision.QuarterlyDecider;
import com.meritarchive.decision.RuleSetRef;
import com.meritarchive.decision.SubjectResults;
import com.meritarchive.request.AnnualRequest;
import com.meritarchive.request.Dataset;
import com.meritarchive.ruleset.CompiledRuleSet;
import com.meritarchive.ruleset.FileRuleSetStore;
import com.meritarchive.ruleset.RuleSetCompiler;
import com.meritarchive.ruleset.RuleSetFiles;
import com.meritarchive.ruleset.RuleSetStore;
import com.meritarchive.ruleset.RuleSets;
import com.meritarchive.system.MeritProperties;
import com.meritarchive.system.TimeBudget;
import com.meritarchive.testing.AnnualWorkbook;
import com.meritarchive.testing.SeededCounty;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;

/**
 * A simulation builds the year-end facts once and lets both rule sets decide the same instances,
 * side by side and in partitions: on seeded counties its answer is exactly the diff of two separate
 * decisions (each building its own facts, one session each), with A1 raised to three records so
 * that the sides really differ.
 */
class SharedFactsSimulationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;

    private static CompiledRuleSet baseline;
    private static CompiledRuleSet candidate;
    private static RuleSets ruleSets;
    private static SimulationSides sides;

    @BeforeAll
    static void compileBothVersions() {
        MeritProperties properties = new MeritProperties(Path.of("rules"), Path.of("decision-tables"), data,
                DataSize.ofMegabytes(1), 4, Duration.ZERO);
        RuleSetStore store = new FileRuleSetStore(properties);
        RuleSetCompiler compiler = new RuleSetCompiler();
        ruleSets = new RuleSets(store, compiler, properties);
        RuleSetFiles shipped = new RuleSetFiles(AnnualWorkbook.shippedFiles());
        baseline = compiler.compile(shipped);
        ruleSets.activate(store.save(shipped, "test", Map.of()), baseline, 0, "admin");
        SortedMap<String, byte[]> threeRecords = AnnualWorkbook.shippedFiles();
        threeRecords.put(AnnualWorkbook.FILE, AnnualWorkbook.withA1Threshold(3));
        RuleSetFiles a1Three = new RuleSetFiles(threeRecords);
        store.save(a1Three, "test", Map.of());
        candidate = compiler.compile(a1Three);
        ruleSets.keep(candidate);
        sides = new SimulationSides();
    }

    @AfterAll
    static void stopSides() {
        sides.destroy();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 42, 2017})
    void shouldSimulateOnSharedFactsExactlyAsTwoSeparateDecisions(long seed) throws Exception {
        AnnualRequest county = SeededCounty.annual(new Random(seed));
        Dataset dataset = Dataset.annual(county);
        Simulator simulator = new Simulator(ruleSets, new AnnualDecider(new DecisionThreads(2, 150)), new QuarterlyDecider(), sides,
                new TimeBudget(Duration.ofMinutes(1)));

        Simulation shared = simulator.simulate(candidate.id(), null, dataset);
        Simulation separate = OutcomeDiff.between(RuleSetRef.of(baseline), RuleSetRef.of(candidate), separately(county, baseline),
                separately(county, candidate), SubjectNames.of(dataset));

        assertThat(JSON.writeValueAsString(shared)).isEqualTo(JSON.writeValueAsString(separate));
        assertThat(shared.baseline().id()).isNotEqualTo(shared.candidate().id());
        assertThat(shared.changes()).as("subjects whose outcomes the candidate changes").isNotEmpty()
                .allSatisfy(change -> assertThat(change.lost()).contains("ANNUAL_EXCELLENT"));
        assertThat(shared.summary().get("ANNUAL_EXCELLENT").baseline()).isGreaterThan(shared.summary().get("ANNUAL_EXCELLENT").candidate());
        assertThat(shared.summary()).as("a county where the rules have something to decide").hasSizeGreaterThanOrEqualTo(4);
    }

    /** One rule set's decision with facts of its own, in one session: what the simulation must equal. */
    private static Decided separately(AnnualRequest county, CompiledRuleSet ruleSet) {
        SubjectResults results = new SubjectResults();
        results.addAnnual(new AnnualDecider().decide(county, ruleSet));
        return Decided.withoutWarnings(results);
    }
}
