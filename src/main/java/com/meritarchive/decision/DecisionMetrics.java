package com.meritarchive.decision;

import com.meritarchive.decisionlog.DecisionKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * {@code merit.decisions.outcomes{kind, code}}: how often each outcome code is decided, per decision
 * endpoint (annual, quarterly, step-down), so that a dashboard shows what the published rules give.
 * Codes are read from the answers, never named here: a row a spreadsheet adds is counted as it comes.
 */
@Component
class DecisionMetrics {

    static final String METER = "merit.decisions.outcomes";

    private final MeterRegistry meters;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    DecisionMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    /** Counts the outcome codes of a decision answer of {@code kind}: every subject's, a step-down's decision. */
    void count(DecisionKind kind, Object answer) {
        String tag = kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        if (answer instanceof AnnualDecision annual) {
            count(tag, annual.cadres());
            count(tag, annual.units());
        } else if (answer instanceof QuarterlyDecision quarterly) {
            count(tag, quarterly.cadres());
            count(tag, quarterly.units());
        } else if (answer instanceof StepDownAnswer stepDown && stepDown.decision() != null) {
            count(tag, stepDown.decision());
        }
    }

    /** One increment per code however many subjects got it: a county has 1,500 cadres. */
    private void count(String kind, List<SubjectOutcomes> subjects) {
        Map<String, Integer> perCode = new HashMap<>();
        subjects.forEach(subject -> subject.outcomes().forEach(outcome -> perCode.merge(outcome.code(), 1, Integer::sum)));
        perCode.forEach((code, times) -> counter(kind, code).increment(times));
    }

    private void count(String kind, String code) {
        counter(kind, code).increment();
    }

    /** Registered once per kind and code (registering looks the meter up under the registry's lock). */
    private Counter counter(String kind, String code) {
        return counters.computeIfAbsent(kind + '\n' + code, key -> Counter.builder(METER)
                .description("Outcome codes decided, per decision endpoint").tag("kind", kind).tag("code", code)
                .register(meters));
    }
}
