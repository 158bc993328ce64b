package com.meritarchive.explanation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.meritarchive.decision.AnnualDecider;
import com.meritarchive.decision.DerivedFacts;
import com.meritarchive.decision.QuarterlyDecider;
import com.meritarchive.decision.Redecider;
import com.meritarchive.decision.SubjectDeriver;
import com.meritarchive.decisionlog.DecisionEntry;
import com.meritarchive.decisionlog.DecisionKind;
import com.meritarchive.decisionlog.ReadableDecisions;
import com.meritarchive.decisionlog.RecordedBodies;
import com.meritarchive.explanation.Explanation.Cancelled;
import com.meritarchive.explanation.Explanation.EvidenceRecord;
import com.meritarchive.explanation.Explanation.ExplainedOutcome;
import com.meritarchive.request.AnnualRequest;
import com.meritarchive.request.CadreInput;
import com.meritarchive.request.QuarterlyRequest;
import com.meritarchive.request.RecordInput;
import com.meritarchive.request.RequestReader;
import com.meritarchive.request.SubjectRef;
import com.meritarchive.request.UnitInput;
import com.meritarchive.request.Vocabulary;
import com.meritarchive.ruleset.CompiledRuleSet;
import com.meritarchive.ruleset.RuleSets;
import com.meritarchive.ruleset.TableRow;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * Explains one subject of a recorded decision: its outcomes as the recorded answer gave them, the
 * clause text of each from the tables of the version that decided (by id, compiled on demand, active
 * or not), its records from the recorded request (and the quarter's new records and cancellations),
 * and the offers it did not get with their reasons ({@link Offers}), from the recorded request decided
 * again by that version ({@link SubjectDeriver}). A documents call's answer is its documents, so its
 * outcomes are those of its request decided again by that version, the same the documents list.
 */
@Service
class Explainer {

    static final String CADRE = Vocabulary.CADRE;
    static final String UNIT = Vocabulary.UNIT;

    private final ReadableDecisions decisions;
    private final RuleSets ruleSets;
    private final SubjectDeriver deriver;
    private final AnnualDecider annualDecider;
    private final QuarterlyDecider quarterlyDecider;
    private final ObjectMapper json;

    Explainer(ReadableDecisions decisions, RuleSets ruleSets, SubjectDeriver deriver, AnnualDecider annualDecider,
            QuarterlyDecider quarterlyDecider, ObjectMapper json) {
        this.decisions = decisions;
        this.ruleSets = ruleSets;
        this.deriver = deriver;
        this.annualDecider = annualDecider;
        this.quarterlyDecider = quarterlyDecider;
        this.json = json;
    }

    /** @param subjectType CADRE, UNIT or null (then the id must name exactly one of them) */
    Explanation explain(String decisionId, String subjectId, String subjectType, Authentication caller) {
        DecisionEntry entry = decisions.find(decisionId, caller, true);
        DecisionKind decided = Redecider.decisionKindOf(entry.kind()).orElse(DecisionKind.DELETION);
        boolean annualKind = decided == DecisionKind.ANNUAL;
        if (!annualKind && decided != DecisionKind.QUARTERLY) {
            throw new InvalidExplanationRequestException("id", "decision '" + decisionId + "' is a " + entry.kind()
                    + " decision; only annual and quarterly decisions (and their documents) are explained per cadre and unit");
        }
        byte[] request = RecordedBodies.request(entry);
        CompiledRuleSet ruleSet = ruleSets.resolve(entry.ruleSetSha256() != null ? entry.ruleSetSha256() : entry.ruleSetId());
        boolean documents = decided != entry.kind(); // a documents call (DOCUMENTS_…) recorded its documents, not the decision
        if (annualKind) {
            AnnualRequest annual = parse(request, RequestReader::annual);
            // a documents call's answer is its documents: the decision behind them, by the same version, is the same
            JsonNode answer = documents ? json.valueToTree(annualDecider.decide(annual, ruleSet))
                    : read(RecordedBodies.answer(entry));
            Subject subject = subject(decisionId, subjectId, subjectType, annual.cadres(), annual.units());
            DerivedFacts facts = deriver.annual(annual, ruleSet, subject.ref(), subject.unitKind());
            return explanation(entry, annual.year(), null, ruleSet, subject, answer, records(annual.records(), null, null),
                    facts, null, null);
        }
        QuarterlyRequest quarterly = parse(request, RequestReader::quarterly);
        JsonNode answer = documents ? json.valueToTree(quarterlyDecider.decide(quarterly, ruleSet))
                : read(RecordedBodies.answer(entry));
        Subject subject = subject(decisionId, subjectId, subjectType, quarterly.cadres(), quarterly.units());
        DerivedFacts facts = deriver.quarterly(quarterly, ruleSet, subject.ref());
        List<Cancelled> cancelled = StreamSupport.stream(answer.path("cancellations").spliterator(), false)
                .map(c -> new Cancelled(c.path("recordId").asText(), c.path("rule").asText(), c.path("assessmentId").asText()))
                .toList();
        Map<String, EvidenceRecord> records = records(quarterly.records(), answer.path("newRecords"), cancelled);
        List<EvidenceRecord> newRecords = StreamSupport.stream(answer.path("newRecords").spliterator(), false)
                .filter(r -> subject.ref().type().equals(r.path("subjectType").asText())
                        && subject.ref().id().equals(r.path("subjectId").asText()))
                .map(r -> records.get(r.path("id").asText())).toList();
        Set<String> own = new HashSet<>();
        quarterly.records().stream().filter(r -> subject.owns(r)).forEach(r -> own.add(r.id()));
        return explanation(entry, quarterly.year(), quarterly.quarter(), ruleSet, subject, answer, records, facts, newRecords,
                cancelled.stream().filter(c -> own.contains(c.recordId())).toList());
    }

    private Explanation explanation(DecisionEntry entry, int year, Integer quarter, CompiledRuleSet ruleSet, Subject subject,
            JsonNode answer, Map<String, EvidenceRecord> records, DerivedFacts facts, List<EvidenceRecord> newRecords,
            List<Cancelled> cancellations) {
        List<ExplainedOutcome> outcomes = new ArrayList<>();
        Set<String> received = new HashSet<>();
        for (JsonNode outcome : recordedOutcomes(answer, subject.ref())) {
            String code = outcome.path("code").asText();
            String rule = outcome.path("rule").asText();
            received.add(code);
            List<EvidenceRecord> evidence = StreamSupport.stream(outcome.path("evidence").spliterator(), false)
                    .map(id -> records.getOrDefault(id.asText(), new EvidenceRecord(id.asText(), null, 0, 0, null, null, null, null)))
                    .toList();
            outcomes.add(new ExplainedOutcome(code, ruleSet.codes().outcomeName(code), rule, clauseText(ruleSet, rule, code),
                    evidence));
        }
        return new Explanation(entry.id(), entry.kind().name(), year, quarter,
                new Explanation.RuleSet(ruleSet.id(), ruleSet.sha256()), subject.ref().type(), subject.ref().id(), subject.name(),
                subject.unit(), subject.unitKind(), outcomes,
                Offers.notGiven(ruleSet, facts, year, subject.ref().type(), subject.unitKind(), received), newRecords, cancellations);
    }

    /** The clause's text as its table row states it (说明), the row that gives this code; empty for a rule outside the tables. */
    static String clauseText(CompiledRuleSet ruleSet, String rule, String code) {
        List<TableRow> rows = ruleSet.rowsOf(rule);
        return rows.stream().filter(row -> row.actions().stream().anyMatch(a -> a.value().contains(code))).findFirst()
                .or(() -> rows.stream().findFirst()).map(TableRow::description).orElse("");
    }

    private static List<JsonNode> recordedOutcomes(JsonNode answer, SubjectRef subject) {
        JsonNode subjects = answer.path(subject.type().equals(CADRE) ? "cadres" : "units");
        for (JsonNode node : subjects) {
            if (subject.id().equals(node.path("id").asText())) {
                List<JsonNode> outcomes = new ArrayList<>();
                node.path("outcomes").forEach(outcomes::add);
                return outcomes;
            }
        }
        return List.of();
    }

    /** Every record by id as it stood after the decision: the request's, the quarter's new ones, cancellations applied. */
    private static Map<String, EvidenceRecord> records(List<RecordInput> inputs, JsonNode newRecords, List<Cancelled> cancelled) {
        Set<String> cancelledIds = new HashSet<>();
        if (cancelled != null) {
            cancelled.forEach(c -> cancelledIds.add(c.recordId()));
        }
        Map<String, EvidenceRecord> records = new LinkedHashMap<>();
        for (RecordInput r : inputs) {
            records.put(r.id(), new EvidenceRecord(r.id(), r.type(), r.year(), r.quarter(), r.keyWork(), r.indicator(),
                    cancelledIds.contains(r.id()) ? Vocabulary.CANCELLED : r.status(), null));
        }
        if (newRecords != null) {
            for (JsonNode r : newRecords) {
                records.put(r.path("id").asText(), new EvidenceRecord(r.path("id").asText(), r.path("type").asText(),
                        r.path("year").asInt(), r.path("quarter").asInt(), r.path("keyWork").textValue(),
                        r.path("indicator").asText(), r.path("status").asText(), r.path("rule").textValue()));
            }
        }
        return records;
    }

    /** The subject the id names in the request, of the type asked for. */
    static Subject subject(String decisionId, String subjectId, String subjectType, List<CadreInput> cadres,
            List<UnitInput> units) {
        Optional<CadreInput> cadre = cadres.stream().filter(c -> c.id().equals(subjectId)).findFirst();
        Optional<UnitInput> unit = units.stream().filter(u -> u.id().equals(subjectId)).findFirst();
        if (subjectType == null && cadre.isPresent() && unit.isPresent()) {
            throw new InvalidExplanationRequestException("subjectType", "'" + subjectId
                    + "' is both a cadre's and a unit's id in this decision: add ?subjectType=CADRE or ?subjectType=UNIT");
        }
        if (cadre.isPresent() && !UNIT.equals(subjectType)) {
            Explanation.Unit own = units.stream().filter(u -> u.id().equals(cadre.get().unitId())).findFirst()
                    .map(u -> new Explanation.Unit(u.id(), u.name())).orElse(new Explanation.Unit(cadre.get().unitId(), null));
            return new Subject(SubjectRef.cadre(subjectId), cadre.get().name(), own, null);
        }
        if (unit.isPresent() && !CADRE.equals(subjectType)) {
            return new Subject(SubjectRef.unit(subjectId), unit.get().name(), null, unit.get().kind());
        }
        throw new UnknownSubjectException(decisionId, subjectId, subjectType);
    }

    /** The subject explained: who, whose unit, what kind of unit. */
    record Subject(SubjectRef ref, String name, Explanation.Unit unit, String unitKind) {

        boolean owns(RecordInput record) {
            return ref.type().equals(record.subjectType()) && ref.id().equals(record.subjectId());
        }
    }

    /** A recorded request, streamed as the endpoint read it (a province's body is not held as a tree). */
    interface Reader<T> {
        T read(InputStream body) throws IOException;
    }

    private static <T> T parse(byte[] body, Reader<T> reader) {
        try {
            return reader.read(new ByteArrayInputStream(body));
        } catch (IOException e) {
            throw new UncheckedIOException("A recorded request cannot be read", e);
        }
    }

    private JsonNode read(byte[] body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("A recorded body is not JSON", e);
        }
    }
}
