package com.meritarchive.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.meritarchive.request.AnnualRequest;
import com.meritarchive.testing.SeededCounty;
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

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42, 2017, 31337})
    void shouldDecideInPartitionsExactlyAsInOneSession(long seed) throws Exception {
        AnnualRequest county = SeededCounty.annual(new Random(seed));
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
}
