package com.meritarchive.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.meritarchive.decision.AnnualDecider;
import com.meritarchive.decision.QuarterlyDecider;
import com.meritarchive.request.Dataset;
import com.meritarchive.request.RequestReader;
import com.meritarchive.ruleset.CompiledRuleSet;
import com.meritarchive.ruleset.RuleSetCompiler;
import com.meritarchive.ruleset.RuleSetFiles;
import com.meritarchive.ruleset.FileRuleSetStore;
import com.meritarchive.ruleset.RuleSetStore;
import com.meritarchive.ruleset.RuleSetVersion;
import com.meritarchive.ruleset.RuleSets;
import com.meritarchive.system.MeritProperties;
import com.meritarchive.system.TimeBudget;
import com.meritarchive.testing.AnnualWorkbook;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/** A simulation with an unpublished version whose rules take too long is stopped with a 503, not waited for. */
class SimulationTimeBudgetTest {

    private static final String SLOW = "package merit.annual;\nimport com.meritarchive.decision.fact.DecisionYear;\n"
            + "rule \"X1 slow\"\nwhen\n    DecisionYear()\nthen\n"
            + "    double x = 0;\n    for (long i = 0; i < 1000000000L; i++) { x = x + Math.sqrt(i); }\nend\n";
    private static final String YEAR = "{\"year\":2017,\"units\":[],\"cadres\":[],\"records\":[]}";

    @Test
    void shouldAnswer503WhenTheCandidateSpendsTheBudget(@TempDir Path data) throws Exception {
        MeritProperties properties = new MeritProperties(Path.of("rules"), Path.of("decision-tables"), data,
                DataSize.ofMegabytes(1), 4, Duration.ZERO);
        RuleSetStore store = new FileRuleSetStore(properties);
        RuleSetCompiler compiler = new RuleSetCompiler();
        RuleSets ruleSets = new RuleSets(store, compiler, properties);
        RuleSetFiles shipped = new RuleSetFiles(AnnualWorkbook.shippedFiles());
        RuleSetVersion published = store.save(shipped, "test", Map.of());
        ruleSets.activate(published, compiler.compile(shipped), 0, "admin");
        SortedMap<String, byte[]> slowFiles = AnnualWorkbook.shippedFiles();
        slowFiles.put("slow.drl", SLOW.getBytes(StandardCharsets.UTF_8));
        RuleSetFiles slow = new RuleSetFiles(slowFiles);
        store.save(slow, "test", Map.of());
        CompiledRuleSet candidate = compiler.compile(slow);
        ruleSets.keep(candidate);
        SimulationSides sides = new SimulationSides();
        Simulator simulator = new Simulator(ruleSets, new AnnualDecider(), new QuarterlyDecider(), sides,
                new TimeBudget(Duration.ofMillis(300)));
        Dataset dataset = RequestReader.dataset(new ObjectMapper().readTree(YEAR));

        long started = System.nanoTime();
        try {
            assertThatThrownBy(() -> simulator.simulate(candidate.id(), null, dataset))
                    .isInstanceOfSatisfying(SimulationTimedOutException.class, e -> {
                        assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                        assertThat(e.toProblem().getDetail()).startsWith("模拟运行超过").contains("merit.untrusted-run-timeout");
                    });
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        } finally {
            sides.destroy();
        }
    }
}
