package com.meritarchive.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meritarchive.system.MeritProperties;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/** Before a rule set is active (the service still starting) a decision is told to come back, not given a 500. */
class RuleSetsTest {

    @Test
    void shouldAnswer503WithAClearDetailWhileNoRuleSetIsActive(@TempDir Path data) {
        MeritProperties properties = new MeritProperties(Path.of("rules"), Path.of("decision-tables"), data,
                DataSize.ofMegabytes(1), 4, Duration.ZERO);
        RuleSets ruleSets = new RuleSets(new FileRuleSetStore(properties), new RuleSetCompiler(), properties);

        assertThatThrownBy(() -> ruleSets.resolve(null)).isInstanceOfSatisfying(NoActiveRuleSetException.class, e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(e.toProblem().getTitle()).isEqualTo("No active rule set");
            assertThat(e.toProblem().getDetail()).contains("still compiling its rule set").contains("try again");
        });
    }
}
