package com.meritarchive.simulation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.meritarchive.decision.AnnualDecider;
import com.meritarchive.decision.AnnualRequest;
import com.meritarchive.decision.CadreInput;
import com.meritarchive.decision.JsonSource;
import com.meritarchive.decision.QuarterlyDecider;
import com.meritarchive.decision.QuarterlyRequest;
import com.meritarchive.decision.RequestChecks;
import com.meritarchive.decision.RuleSetRef;
import com.meritarchive.decision.SubjectResults;
import com.meritarchive.decision.UnitInput;
import com.meritarchive.ruleset.CompiledRuleSet;
import com.meritarchive.ruleset.RuleSets;
import com.meritarchive.simulation.Simulation.Change;
import com.meritarchive.simulation.Simulation.CodeCount;
import com.meritarchive.system.InvalidRequestException;
import com.meritarchive.system.InvalidRequestException.InvalidField;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Service;

/**
 * Runs a dataset through a baseline and a candidate rule set (both really compiled, on two
 * threads when memory allows) and compares what each subject gets. Nothing is stored or published.
 */
@Service
public class Simulator {

    private static final long BYTES_PER_FACT = 1_000;

    private final RuleSets ruleSets;
    private final AnnualDecider annual;
    private final QuarterlyDecider quarterly;
    private final ExecutorService sides = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "simulation-side");
        thread.setDaemon(true);
        return thread;
    });

    public Simulator(RuleSets ruleSets, AnnualDecider annual, QuarterlyDecider quarterly) {
        this.ruleSets = ruleSets;
        this.annual = annual;
        this.quarterly = quarterly;
    }

    /** A checked simulation request: the versions and the datasets they decide. */
    public record Request(String candidate, String baseline, AnnualRequest annual, QuarterlyRequest quarterly) {
    }

    /**
     * Reads and checks the API's request {@code {"candidate", "baseline"?, "annual"?, "quarterly"?}}
     * token by token (a province's dataset is streamed as the decision endpoints stream it), every
     * problem with its pointer; the datasets' pointers start with {@code /annual} or {@code /quarterly}.
     */
    public static Request read(JsonParser parser) throws IOException {
        List<InvalidField> errors = new ArrayList<>();
        var datasets = new Object() {
            AnnualRequest annual;
            QuarterlyRequest quarterly;
        };
        ObjectNode fields = JsonSource.readObject(parser, (name, value) -> {
            if (value == JsonToken.START_OBJECT && name.equals("annual")) {
                datasets.annual = nested(name, errors, () -> RequestChecks.annual(JsonSource.of(parser)));
                return true;
            }
            if (value == JsonToken.START_OBJECT && name.equals("quarterly")) {
                datasets.quarterly = nested(name, errors, () -> RequestChecks.quarterly(JsonSource.of(parser)));
                return true;
            }
            return false;
        });
        for (String dataset : List.of("annual", "quarterly")) {
            if (fields.hasNonNull(dataset)) {
                errors.add(new InvalidField("/" + dataset, "must be a JSON object: a request as the HR system sends it"));
            }
        }
        String candidate = text(fields, "candidate", errors, true);
        String baseline = text(fields, "baseline", errors, false);
        if (errors.isEmpty() && datasets.annual == null && datasets.quarterly == null) {
            errors.add(new InvalidField("/annual", "an annual or a quarterly dataset is required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new Request(candidate, baseline, datasets.annual, datasets.quarterly);
    }

    public Simulation simulate(Request request) {
        return simulate(request.candidate(), request.baseline(), request.annual(), request.quarterly());
    }

    /** A dataset file as the HR system sends it: an annual request, or a quarterly one (it has a quarter). */
    public Simulation simulate(String candidate, String baseline, JsonNode dataset) {
        if (dataset != null && dataset.has("quarter")) {
            return simulate(candidate, baseline, null, RequestChecks.quarterly(dataset));
        }
        return simulate(candidate, baseline, RequestChecks.annual(dataset), null);
    }

    public Simulation simulate(String candidateId, String baselineId, AnnualRequest annualRequest,
            QuarterlyRequest quarterlyRequest) {
        CompiledRuleSet candidate = ruleSets.resolve(candidateId);
        CompiledRuleSet baseline = ruleSets.resolve(baselineId);
        CompletableFuture<SubjectResults> before = fitsTwiceInMemory(annualRequest, quarterlyRequest)
                ? CompletableFuture.supplyAsync(() -> decide(baseline, annualRequest, quarterlyRequest), sides)
                : CompletableFuture.completedFuture(decide(baseline, annualRequest, quarterlyRequest));
        SubjectResults after = decide(candidate, annualRequest, quarterlyRequest);
        try {
            return compare(RuleSetRef.of(baseline), RuleSetRef.of(candidate), before.join(), after,
                    People.of(annualRequest, quarterlyRequest));
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * Both sides run in parallel when two sessions of this size fit in three quarters of the heap,
     * at about 1 KB per fact (measured: one province decision, 354,000 facts, completes within
     * -Xmx400m); a larger dataset or a smaller heap runs one side after the other instead of
     * running out of memory.
     */
    static boolean fitsTwiceInMemory(AnnualRequest annualRequest, QuarterlyRequest quarterlyRequest) {
        long facts = 0;
        if (annualRequest != null) {
            facts += annualRequest.cadres().size() + annualRequest.units().size() + annualRequest.records().size();
        }
        if (quarterlyRequest != null) {
            facts += quarterlyRequest.cadres().size() + quarterlyRequest.units().size() + quarterlyRequest.records().size();
        }
        return 2 * facts * BYTES_PER_FACT < Runtime.getRuntime().maxMemory() / 4 * 3;
    }

    private SubjectResults decide(CompiledRuleSet ruleSet, AnnualRequest annualRequest, QuarterlyRequest quarterlyRequest) {
        SubjectResults results = new SubjectResults();
        if (annualRequest != null) {
            results.addAnnual(annual.decide(annualRequest, ruleSet));
        }
        if (quarterlyRequest != null) {
            results.addQuarterly(quarterly.decide(quarterlyRequest, ruleSet), quarterlyRequest.records());
        }
        return results;
    }

    private static Simulation compare(RuleSetRef baselineRef, RuleSetRef candidateRef, SubjectResults before,
            SubjectResults after, People people) {
        SortedMap<String, int[]> counts = new TreeMap<>(); // code → baseline, candidate, gained, lost
        List<Change> changes = new ArrayList<>();
        SortedSet<String> subjects = new TreeSet<>(before.subjects());
        subjects.addAll(after.subjects());
        for (String subject : subjects) {
            SortedMap<String, SortedSet<String>> was = before.of(subject);
            SortedMap<String, SortedSet<String>> is = after.of(subject);
            was.keySet().forEach(code -> counts.computeIfAbsent(code, k -> new int[4])[0]++);
            is.keySet().forEach(code -> counts.computeIfAbsent(code, k -> new int[4])[1]++);
            List<String> gained = is.keySet().stream().filter(code -> !was.containsKey(code)).toList();
            List<String> lost = was.keySet().stream().filter(code -> !is.containsKey(code)).toList();
            if (gained.isEmpty() && lost.isEmpty()) {
                continue;
            }
            gained.forEach(code -> counts.get(code)[2]++);
            lost.forEach(code -> counts.get(code)[3]++);
            SortedSet<String> rules = new TreeSet<>();
            gained.forEach(code -> rules.addAll(is.get(code)));
            lost.forEach(code -> rules.addAll(was.get(code)));
            String[] typeAndId = subject.split(":", 2);
            changes.add(new Change(typeAndId[0], typeAndId[1], people.name(subject), people.unit(subject), gained, lost,
                    List.copyOf(was.keySet()), List.copyOf(is.keySet()), List.copyOf(rules)));
        }
        SortedMap<String, CodeCount> summary = new TreeMap<>();
        counts.forEach((code, c) -> summary.put(code, new CodeCount(c[0], c[1], c[2], c[3])));
        return new Simulation(baselineRef, candidateRef, summary, changes);
    }

    private static String text(JsonNode body, String field, List<InvalidField> errors, boolean required) {
        JsonNode value = body == null ? null : body.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                errors.add(new InvalidField("/" + field, "is required: the id of a stored rule-set version"));
            }
            return null;
        }
        if (!value.isTextual()) {
            errors.add(new InvalidField("/" + field, "must be a rule-set id (a string)"));
            return null;
        }
        return value.textValue();
    }

    /** A nested request checked with its own checks; its pointers are reported under {@code /field}. */
    private static <T> T nested(String field, List<InvalidField> errors, NestedCheck<T> check) throws IOException {
        try {
            return check.read();
        } catch (InvalidRequestException e) {
            e.errors().forEach(error -> errors.add(new InvalidField("/" + field + error.pointer(), error.message())));
            return null;
        }
    }

    private interface NestedCheck<T> {
        T read() throws IOException;
    }

    /** Names and units of the dataset's people, for the report. */
    private record People(Map<String, String> names, Map<String, String> units) {

        static People of(AnnualRequest annualRequest, QuarterlyRequest quarterlyRequest) {
            People people = new People(new HashMap<>(), new HashMap<>());
            if (annualRequest != null) {
                people.add(annualRequest.units(), annualRequest.cadres());
            }
            if (quarterlyRequest != null) {
                people.add(quarterlyRequest.units(), quarterlyRequest.cadres());
            }
            return people;
        }

        private void add(List<UnitInput> unitList, List<CadreInput> cadres) {
            Map<String, String> unitNames = new HashMap<>();
            for (UnitInput unit : unitList) {
                unitNames.put(unit.id(), unit.name());
                names.put("UNIT:" + unit.id(), unit.name());
                units.put("UNIT:" + unit.id(), unit.name());
            }
            for (CadreInput cadre : cadres) {
                names.put("CADRE:" + cadre.id(), cadre.name());
                units.put("CADRE:" + cadre.id(), unitNames.get(cadre.unitId()));
            }
        }

        String name(String subject) {
            return names.get(subject);
        }

        String unit(String subject) {
            return units.get(subject);
        }
    }
}
