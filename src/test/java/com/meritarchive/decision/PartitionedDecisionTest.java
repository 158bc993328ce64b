package com.meritarchive.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.meritarchive.request.AnnualRequest;
import com.meritarchive.request.CadreInput;
import com.meritarchive.request.RecordInput;
import com.meritarchive.request.UnitInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Deciding a request's subjects in partitions on several threads gives exactly the answer of one
 * session over all of them: seeded counties dense enough for every kind of year-end outcome,
 * decided with partitions far smaller than the service's, compared as the JSON the HR system gets.
 */
class PartitionedDecisionTest {

    private static final int YEAR = 2017;
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42, 2017, 31337})
    void shouldDecideInPartitionsExactlyAsInOneSession(long seed) throws Exception {
        AnnualRequest county = county(new Random(seed));
        DecisionThreads partitioned = new DecisionThreads(4, 150);

        AnnualDecision whole = new AnnualDecider().decide(county, AnnualRules.SHIPPED);
        AnnualDecision parts = new AnnualDecider(partitioned).decide(county, AnnualRules.SHIPPED);

        assertThat(partitioned.partitionsFor(county.cadres().size() + county.units().size()))
                .as("more partitions than threads: they take partitions in turn").isEqualTo(5);
        assertThat(JSON.writeValueAsString(parts)).isEqualTo(JSON.writeValueAsString(whole));
        Set<String> codes = new TreeSet<>();
        whole.cadres().forEach(cadre -> cadre.outcomes().forEach(outcome -> codes.add(outcome.code())));
        whole.units().forEach(unit -> unit.outcomes().forEach(outcome -> codes.add(outcome.code())));
        assertThat(codes).as("a county where the rules have something to decide").hasSizeGreaterThanOrEqualTo(4);
    }

    /** 800 cadres in 40 units (10 stationed), 0-6 records each over 2016 Q4 - 2017 Q4, some cancelled. */
    private static AnnualRequest county(Random random) {
        List<UnitInput> units = new ArrayList<>();
        for (int u = 1; u <= 40; u++) {
            units.add(new UnitInput(String.format("U%02d", u), "unit " + u, u <= 10 ? "STATIONED" : "COUNTY"));
        }
        List<CadreInput> cadres = new ArrayList<>();
        for (int c = 1; c <= 800; c++) {
            cadres.add(new CadreInput(String.format("C%04d", c), "cadre " + c, units.get(c % units.size()).id(),
                    c % 3 == 0 ? "HR_BUREAU" : "ORG_DEPT"));
        }
        List<RecordInput> records = new ArrayList<>();
        List<String[]> subjects = new ArrayList<>();
        cadres.forEach(cadre -> subjects.add(new String[] {"CADRE", cadre.id()}));
        units.forEach(unit -> subjects.add(new String[] {"UNIT", unit.id()}));
        for (String[] subject : subjects) {
            int count = random.nextInt(7);
            for (int r = 0; r < count; r++) {
                int slot = random.nextInt(5); // 2016 Q4, 2017 Q1-Q4
                records.add(new RecordInput(subject[1] + "-" + r, subject[0], subject[1],
                        random.nextInt(3) == 0 ? "PROBLEM_TRACE" : "PERFORMANCE", slot == 0 ? YEAR - 1 : YEAR,
                        slot == 0 ? 4 : slot, null, "I" + random.nextInt(4), random.nextInt(6) == 0 ? "CANCELLED" : "ACTIVE"));
            }
        }
        return new AnnualRequest(YEAR, units, cadres, records);
    }
}
