package com.meritarchive.documents;

import com.meritarchive.decision.AnnualDecision;
import com.meritarchive.decision.QuarterlyDecision;
import com.meritarchive.decision.StepDownAnswer;
import com.meritarchive.decision.SubjectOutcomes;
import com.meritarchive.decision.SubjectResults;
import com.meritarchive.request.CadreInput;
import com.meritarchive.request.StepDownRequest;
import com.meritarchive.request.Vocabulary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The results of a decision as one flat list to route: outcomes, and a quarter's new records as
 * {@code NEW_PERFORMANCE} / {@code NEW_PROBLEM_TRACE} (the codes of the routing table and of
 * simulations), each carrying the cadre's manager for the table's 干部管理权限 column.
 */
final class Results {

    private Results() {
    }

    static List<Result> of(AnnualDecision decision, List<CadreInput> cadres) {
        List<Result> results = new ArrayList<>();
        add(results, Vocabulary.CADRE, decision.cadres(), managers(cadres));
        add(results, Vocabulary.UNIT, decision.units(), Map.of());
        return results;
    }

    static List<Result> of(QuarterlyDecision decision, List<CadreInput> cadres) {
        Map<String, String> managers = managers(cadres);
        List<Result> results = new ArrayList<>();
        decision.newRecords().forEach(r -> results.add(new Result(r.subjectType(), r.subjectId(),
                SubjectResults.NEW_RECORD_PREFIX + r.type(), r.rule(), List.of(r.id()),
                Vocabulary.CADRE.equals(r.subjectType()) ? managers.get(r.subjectId()) : null)));
        add(results, Vocabulary.CADRE, decision.cadres(), managers);
        add(results, Vocabulary.UNIT, decision.units(), Map.of());
        return results;
    }

    static List<Result> of(StepDownAnswer answer, StepDownRequest request) {
        CadreInput cadre = request.cadre();
        return List.of(new Result(Vocabulary.CADRE, cadre.id(), answer.decision(), answer.rule(), List.of(), cadre.managedBy()));
    }

    private static void add(List<Result> results, String subjectType, List<SubjectOutcomes> subjects,
            Map<String, String> managers) {
        subjects.forEach(subject -> subject.outcomes().forEach(o -> results.add(new Result(subjectType, subject.id(),
                o.code(), o.rule(), o.evidence(), managers.get(subject.id())))));
    }

    private static Map<String, String> managers(List<CadreInput> cadres) {
        Map<String, String> managers = new HashMap<>();
        cadres.forEach(cadre -> managers.put(cadre.id(), cadre.managedBy()));
        return managers;
    }
}
