package com.meritarchive.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.meritarchive.decision.fact.Warning;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The answer's order of warnings, spelt out, is the order of its key chain, ties included. */
class WarningOrderTest {

    /** CONTRACT.md's order as a chain of keys: subject type, subject id, rule, code, message, evidence. */
    private static final Comparator<Warning> CHAIN = Comparator.comparing(Warning::subjectType)
            .thenComparing(Warning::subjectId).thenComparing(Warning::rule).thenComparing(Warning::code)
            .thenComparing(Warning::message).thenComparing(w -> String.join(",", w.evidence()));

    @Test
    void shouldSortWarningsAsTheChainOfTheirKeys() {
        Random random = new Random(2017);
        List<Warning> warnings = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) { // few values per key, so that every key decides some pairs
            warnings.add(new Warning(random.nextBoolean() ? "CADRE" : "UNIT", "S" + random.nextInt(8), "W" + (1 + random.nextInt(3)),
                    random.nextBoolean() ? "ANNUAL_EXCELLENT" : "KEY_OBSERVATION", "指标 I" + random.nextInt(3) + " 再有一次",
                    random.nextBoolean() ? List.of("R" + random.nextInt(3)) : List.of("R" + random.nextInt(3), "R9")));
        }

        for (int i = 0; i + 1 < warnings.size(); i++) {
            Warning a = warnings.get(i);
            Warning b = warnings.get(i + 1);
            assertThat(Integer.signum(QuarterlyDecider.WARNING_ORDER.compare(a, b))).as("%s against %s", a, b)
                    .isEqualTo(Integer.signum(CHAIN.compare(a, b)));
        }
        assertThat(warnings.stream().sorted(QuarterlyDecider.WARNING_ORDER).toList())
                .isEqualTo(warnings.stream().sorted(CHAIN).toList());
    }
}
