package com.meritarchive.decision;

import com.meritarchive.decision.fact.ArchiveRecord;
import com.meritarchive.decision.fact.Cancellation;
import com.meritarchive.decision.fact.DecisionQuarter;
import com.meritarchive.decision.fact.Outcome;
import com.meritarchive.decision.fact.ProposedRecord;
import com.meritarchive.decision.fact.Warning;
import com.meritarchive.request.AssessmentInput;
import com.meritarchive.request.QuarterlyRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.KieBase;

/**
 * A large quarterly request decided in two phases of partitions, because a ranking touches the
 * members of a group and Q3 joins it with traces of any subject on its indicator, so that cutting
 * by subject alone would lose matches. Phase 1 cuts by indicator: each partition holds whole
 * indicators (every assessment on them, with their groups, and every earlier record on them) and
 * no subject, so only Q1-Q3 can fire (grouping records needs a {@code Subject}, runs and warnings a
 * {@code SubjectRecords}). Phase 2 cuts by subject: each subject's records as Q3 left them (the
 * cancelled copy the rule inserts) and the new ones, as one {@code SubjectRecords} like the annual
 * decision's, and no assessment, so only Q4-Q7 and W1-W6 fire. Together they leave the facts one
 * session over the whole request leaves (PartitionedQuarterlyDecisionTest).
 */
final class QuarterlyPhases {

    private QuarterlyPhases() {
    }

    /** The new records, cancellations, outcomes and warnings of {@code request}, decided in two phases on {@code threads}. */
    static RuleRunner.Results decide(QuarterlyRequest request, KieBase kieBase, DecisionThreads threads) {
        DecisionQuarter quarter = new DecisionQuarter(request.year(), request.quarter());
        List<ArchiveRecord> earlier = request.records().stream().map(Facts::of).toList(); // the same facts in both phases
        RuleRunner.Results proposed = threads.runEach(kieBase, byIndicator(request, earlier, quarter, threads),
                ProposedRecord.class, Cancellation.class);
        RecordlessSubjects recordless = new RecordlessSubjects(true);
        List<Object> subjects = bySubject(request, earlier, proposed.of(ProposedRecord.class), proposed.of(Cancellation.class),
                recordless);
        RuleRunner.Results decided = threads.run(kieBase, List.of(quarter), subjects, Outcome.class, Warning.class);
        List<Object> all = new ArrayList<>(proposed.objects());
        all.addAll(recordless.outcomes(decided.of(Outcome.class)));
        all.addAll(recordless.warnings(decided.of(Warning.class)));
        return new RuleRunner.Results(all);
    }

    /**
     * Phase 1: whole indicators, in as many partitions as phase 2 has (fewer when there are fewer
     * indicators) with about as many assessments each, each with the quarter, the earlier records on
     * its indicators (of {@code earlier}, the request's records as facts) and its assessments with
     * their groups, in the request's order (so that, as in one session, the first of two assessments
     * on one indicator cancels a trace).
     */
    static List<List<Object>> byIndicator(QuarterlyRequest request, List<ArchiveRecord> earlier, DecisionQuarter quarter,
            DecisionThreads threads) {
        List<AssessmentInput> assessments = request.assessments();
        Map<String, Integer> perIndicator = new LinkedHashMap<>(); // a null indicator is a key too, as Q3's == matches it
        assessments.forEach(a -> perIndicator.merge(a.indicator(), 1, Integer::sum));
        int partitions = Math.min(threads.partitionsFor(request.units().size() + request.cadres().size()),
                Math.max(1, perIndicator.size()));
        Map<String, Integer> partitionOf = new HashMap<>();
        int before = 0;
        for (Map.Entry<String, Integer> indicator : perIndicator.entrySet()) {
            partitionOf.put(indicator.getKey(), (int) ((long) before * partitions / assessments.size()));
            before += indicator.getValue();
        }
        List<List<Object>> facts = new ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            facts.add(new ArrayList<>(List.of(quarter)));
        }
        for (ArchiveRecord record : earlier) {
            Integer p = partitionOf.get(record.indicator());
            if (p != null) {
                facts.get(p).add(record);
            }
        }
        for (AssessmentInput assessment : assessments) {
            QuarterlyDecider.addAssessment(facts.get(partitionOf.get(assessment.indicator())), assessment);
        }
        facts.removeIf(partition -> partition.size() == 1); // an indicator with many assessments took more than one share
        return facts;
    }

    /**
     * Phase 2: one {@code SubjectRecords} per subject (units first, then cadres, as in one session),
     * holding its earlier records with phase 1's cancellations applied and its new records.
     */
    static List<Object> bySubject(QuarterlyRequest request, List<ArchiveRecord> earlier, List<ProposedRecord> proposed,
            List<Cancellation> cancellations, RecordlessSubjects recordless) {
        Set<String> cancelled = new HashSet<>();
        cancellations.forEach(c -> cancelled.add(c.recordId()));
        Map<String, Map<String, List<ArchiveRecord>>> records = new HashMap<>(); // by subject type, then id
        for (ArchiveRecord record : earlier) {
            RecordlessSubjects.group(records, cancelled.contains(record.id()) ? record.cancelled() : record);
        }
        proposed.forEach(p -> RecordlessSubjects.group(records, p.record()));
        return recordless.facts(request.units(), request.cadres(), records);
    }
}
