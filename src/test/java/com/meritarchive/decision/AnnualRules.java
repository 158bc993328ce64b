package com.meritarchive.decision;

import com.meritarchive.request.AnnualRequest;
import com.meritarchive.request.CadreInput;
import com.meritarchive.request.RecordInput;
import com.meritarchive.request.UnitInput;
import com.meritarchive.ruleset.CompiledRuleSet;
import com.meritarchive.ruleset.RuleSetCompiler;
import com.meritarchive.ruleset.RuleSetFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Test helper in the style of Drools' own table tests: a small county is built record by record,
 * decided with the shipped rule set (compiled once, without Spring) or a variant of it, and the
 * outcomes are read back as "code:rule[evidence]" strings per subject.
 */
final class AnnualRules {

    static final CompiledRuleSet SHIPPED = new RuleSetCompiler().compile(shippedFiles());

    private final Map<String, UnitInput> units = new LinkedHashMap<>();
    private final Map<String, CadreInput> cadres = new LinkedHashMap<>();
    private final List<RecordInput> records = new ArrayList<>();
    private final int year;

    AnnualRules(int year) {
        this.year = year;
    }

    static RuleSetFiles shippedFiles() {
        return RuleSetFiles.readFolders(List.of(Path.of("rules"), Path.of("decision-tables")));
    }

    AnnualRules unit(String id, String kind) {
        units.put(id, new UnitInput(id, id, kind));
        return this;
    }

    AnnualRules unit(String id, String name, String kind) {
        units.put(id, new UnitInput(id, name, kind));
        return this;
    }

    AnnualRules cadre(String id) {
        if (units.isEmpty()) {
            unit("U-HOME", "COUNTY");
        }
        return cadre(id, id, units.keySet().iterator().next());
    }

    AnnualRules cadre(String id, String name, String unitId) {
        cadres.put(id, new CadreInput(id, name, unitId, "ORG_DEPT"));
        return this;
    }

    /** A record with id {@code <subject>-<type initial>-<year>Q<quarter>-<indicator>}. */
    AnnualRules record(String subjectId, String type, int recordYear, int quarter, String indicator, String status) {
        String subjectType = cadres.containsKey(subjectId) ? "CADRE" : "UNIT";
        String id = subjectId + "-" + (type.equals("PERFORMANCE") ? "P" : "T") + "-" + recordYear + "Q" + quarter + "-" + indicator;
        return record(new RecordInput(id, subjectType, subjectId, type, recordYear, quarter, null, indicator, status));
    }

    /** A record exactly as the HR system would send it (own id, key work area). */
    AnnualRules record(RecordInput record) {
        records.add(record);
        return this;
    }

    AnnualRules performance(String subjectId, int recordYear, int quarter) {
        return performance(subjectId, recordYear, quarter, "I1");
    }

    AnnualRules performance(String subjectId, int recordYear, int quarter, String indicator) {
        return record(subjectId, "PERFORMANCE", recordYear, quarter, indicator, "ACTIVE");
    }

    AnnualRules trace(String subjectId, int recordYear, int quarter, String indicator) {
        return record(subjectId, "PROBLEM_TRACE", recordYear, quarter, indicator, "ACTIVE");
    }

    AnnualRules cancelledTrace(String subjectId, int recordYear, int quarter, String indicator) {
        return record(subjectId, "PROBLEM_TRACE", recordYear, quarter, indicator, "CANCELLED");
    }

    AnnualRequest request() {
        return new AnnualRequest(year, List.copyOf(units.values()), List.copyOf(cadres.values()), List.copyOf(records));
    }

    AnnualDecision decide(CompiledRuleSet ruleSet) {
        return new AnnualDecider().decide(request(), ruleSet);
    }

    /** Outcomes per subject id as "CODE:RULE[evidence,...]", cadres and units together. */
    Map<String, List<String>> outcomes(CompiledRuleSet ruleSet) {
        AnnualDecision decision = decide(ruleSet);
        Map<String, List<String>> bySubject = new TreeMap<>();
        List<SubjectOutcomes> all = new ArrayList<>(decision.cadres());
        all.addAll(decision.units());
        for (SubjectOutcomes subject : all) {
            bySubject.put(subject.id(), subject.outcomes().stream()
                    .map(o -> o.code() + ":" + o.rule() + o.evidence()).toList());
        }
        return bySubject;
    }

    Map<String, List<String>> outcomes() {
        return outcomes(SHIPPED);
    }

    /** Only the codes per subject, for tests that do not look at evidence. */
    List<String> codes(String subjectId) {
        return outcomes().get(subjectId).stream().map(o -> o.substring(0, o.indexOf(':'))).toList();
    }
}
