package com.meritarchive.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.meritarchive.decision.fact.Assessment;
import com.meritarchive.decision.fact.DecisionQuarter;
import com.meritarchive.request.AnnualRequest;
import com.meritarchive.request.AssessmentInput;
import com.meritarchive.request.AssessmentInput.GroupMemberInput;
import com.meritarchive.request.QuarterlyRequest;
import com.meritarchive.request.RecordInput;
import com.meritarchive.testing.SeededCounty;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A large quarterly request decided in two phases of partitions (by indicator, then by subject)
 * gives exactly the answer of one session over all of it: a seeded county's year 2017 decided
 * quarter by quarter from its records of 2016 Q4 (Q1 cancels traces of the year before, Q4 decides
 * the year's last quarter), each answer fed into the next quarter, compared as the JSON the HR
 * system gets, in 8 partitions of about 100 subjects and of about 3 indicators, on 4 threads.
 */
class PartitionedQuarterlyDecisionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int INDICATORS = 24;
    private static final List<String> ROLES = List.of("LEADER", "BUSINESS_LEAD", "COORDINATOR", "MEMBER", "MEMBER");

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42, 2017})
    void shouldDecideAQuarterInPartitionsExactlyAsInOneSession(long seed) throws Exception {
        Random random = new Random(seed);
        AnnualRequest county = SeededCounty.annual(random);
        List<List<GroupMemberInput>> groups = groups(county, random);
        List<RecordInput> records = new ArrayList<>(county.records().stream().filter(r -> r.year() == SeededCounty.YEAR - 1).toList());
        DecisionThreads partitioned = new DecisionThreads(4, 100);
        Set<String> decided = new TreeSet<>();

        for (int quarter = 1; quarter <= 4; quarter++) {
            QuarterlyRequest request = new QuarterlyRequest(SeededCounty.YEAR, quarter, county.units(), county.cadres(),
                    assessments(quarter, groups, county, random), List.copyOf(records));

            QuarterlyDecision whole = new QuarterlyDecider().decide(request, AnnualRules.SHIPPED);
            QuarterlyDecision parts = new QuarterlyDecider(partitioned).decide(request, AnnualRules.SHIPPED);

            assertThat(JSON.writeValueAsString(parts)).as("Q%d", quarter).isEqualTo(JSON.writeValueAsString(whole));
            List<List<Object>> byIndicator = QuarterlyPhases.byIndicator(request,
                    request.records().stream().map(Facts::of).toList(), new DecisionQuarter(SeededCounty.YEAR, quarter), partitioned);
            assertThat(byIndicator).as("phase 1 in more partitions than threads").hasSizeGreaterThan(4);
            assertThat(byIndicator.stream().mapToLong(facts -> facts.stream().filter(Assessment.class::isInstance)
                    .map(a -> ((Assessment) a).indicator()).distinct().count()).average().orElseThrow())
                    .as("indicators per partition").isGreaterThanOrEqualTo(2);
            decided.addAll(whatWasDecided(whole, request));
            records = after(records, whole);
        }

        // not vacuous: each kind of answer occurs, Q1's cancellations include traces of 2016 Q4
        assertThat(decided).contains("Q1 cancels 2016", "Q4 cancels", "cancels a trace on an indicator ranked twice",
                "Q4 new records", "Q4", "Q5", "Q6", "W1", "W2", "W4");
    }

    /**
     * What a quarter's answer holds: "Q1 cancels 2016", "cancels a trace on an indicator ranked
     * twice" (two rankings could cancel it: one session cancels it once, citing the one it fires
     * first), "Q4 new records", clauses of outcomes and warnings.
     */
    private static Set<String> whatWasDecided(QuarterlyDecision answer, QuarterlyRequest request) {
        Set<String> decided = new HashSet<>();
        Set<String> cancelled = new HashSet<>();
        answer.cancellations().forEach(c -> cancelled.add(c.recordId()));
        Map<String, Long> rankings = request.assessments().stream()
                .collect(Collectors.groupingBy(AssessmentInput::indicator, Collectors.counting()));
        for (RecordInput r : request.records()) {
            if (cancelled.contains(r.id())) {
                decided.add("Q" + answer.quarter() + " cancels" + (r.year() < answer.year() ? " " + r.year() : ""));
                if (rankings.getOrDefault(r.indicator(), 0L) > 1) {
                    decided.add("cancels a trace on an indicator ranked twice");
                }
            }
        }
        if (!answer.newRecords().isEmpty()) {
            decided.add("Q" + answer.quarter() + " new records");
        }
        answer.cadres().forEach(s -> s.outcomes().forEach(o -> decided.add(o.rule())));
        answer.units().forEach(s -> s.outcomes().forEach(o -> decided.add(o.rule())));
        answer.warnings().forEach(w -> decided.add(w.rule()));
        return decided;
    }

    /** The records the HR system sends next quarter: the cancellations applied, the new records added. */
    private static List<RecordInput> after(List<RecordInput> records, QuarterlyDecision answer) {
        Set<String> cancelled = new HashSet<>();
        answer.cancellations().forEach(c -> cancelled.add(c.recordId()));
        List<RecordInput> next = new ArrayList<>();
        for (RecordInput r : records) {
            next.add(cancelled.contains(r.id()) ? new RecordInput(r.id(), r.subjectType(), r.subjectId(), r.type(), r.year(),
                    r.quarter(), r.keyWork(), r.indicator(), "CANCELLED") : r);
        }
        answer.newRecords().forEach(n -> next.add(new RecordInput(n.id(), n.subjectType(), n.subjectId(), n.type(), n.year(),
                n.quarter(), n.keyWork(), n.indicator(), n.status())));
        return next;
    }

    /** A responsibility group per indicator, of cadres among the first 120, so that a cadre sits in several groups. */
    private static List<List<GroupMemberInput>> groups(AnnualRequest county, Random random) {
        List<List<GroupMemberInput>> groups = new ArrayList<>();
        for (int i = 0; i < INDICATORS; i++) {
            int[] members = random.ints(0, 120).distinct().limit(ROLES.size()).toArray();
            List<GroupMemberInput> group = new ArrayList<>();
            for (int m = 0; m < members.length; m++) {
                group.add(new GroupMemberInput(county.cadres().get(members[m]).id(), ROLES.get(m)));
            }
            groups.add(List.copyOf(group));
        }
        return groups;
    }

    /**
     * The quarter's rankings: most indicators ranked (I0-I3 also carry the seeded records; I0 is in
     * the top 3 in Q1), some of them twice (two tasks on one indicator, each with its own id, the second with the next
     * indicator's group), with and without a target rank.
     */
    private static List<AssessmentInput> assessments(int quarter, List<List<GroupMemberInput>> groups, AnnualRequest county,
            Random random) {
        List<AssessmentInput> assessments = new ArrayList<>();
        for (int i = 0; i < INDICATORS; i++) {
            boolean rectified = quarter == 1 && i == 0; // Q1 cancels 2016 Q4's active traces on I0
            if (random.nextInt(10) == 0 && !rectified) {
                continue;
            }
            for (int task = 0; task < (random.nextInt(5) == 0 ? 2 : 1); task++) {
                assessments.add(new AssessmentInput(SeededCounty.YEAR + "Q" + quarter + "-I" + i + "-" + task, "KW" + i % 5,
                        "task " + i + "/" + task, "I" + i, rectified ? 2 : 1 + random.nextInt(10), 10,
                        random.nextBoolean() ? null : 1 + random.nextInt(6), county.units().get(random.nextInt(20)).id(),
                        groups.get((i + task) % INDICATORS)));
            }
        }
        return assessments;
    }
}
