package com.meritarchive.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import com.meritarchive.system.MeritProperties;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Status;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.util.unit.DataSize;

/**
 * Every switch of the active version is told ({@link RuleSetActivated}), and what listens sees which
 * version this replica decides with: the gauge {@code merit.ruleset.active} and the health component.
 */
class ActiveRuleSetTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ActiveRuleSetGauge gauge = new ActiveRuleSetGauge(meters);
    private final List<RuleSetActivated> told = new ArrayList<>();

    private RuleSets ruleSets(Path data) {
        MeritProperties properties = new MeritProperties(Path.of("rules"), Path.of("decision-tables"), data,
                DataSize.ofMegabytes(1), 4, Duration.ZERO);
        return new RuleSets(new FileRuleSetStore(properties), new RuleSetCompiler(), properties, event -> {
            told.add((RuleSetActivated) event);
            gauge.onApplicationEvent(new PayloadApplicationEvent<>(this, (RuleSetActivated) event));
        });
    }

    private static CompiledRuleSet compiled(String sha256) {
        return new CompiledRuleSet(CompiledRuleSet.idOf(sha256), sha256, null, new TreeMap<>(), null, CodeLists.NONE, List.of());
    }

    private static RuleSetVersion version(CompiledRuleSet compiled) {
        return new RuleSetVersion(compiled.id(), compiled.sha256(), Instant.now(), "admin", false, List.of());
    }

    private double active(String id) {
        return meters.get(ActiveRuleSetGauge.METER).tag("id", id).gauge().value();
    }

    @Test
    void shouldMarkTheActiveVersionOneAndEveryEarlierOneZero(@TempDir Path data) {
        RuleSets ruleSets = ruleSets(data);
        CompiledRuleSet first = compiled("a".repeat(64));
        CompiledRuleSet second = compiled("b".repeat(64));

        ruleSets.start(first);
        assertThat(active(first.id())).isEqualTo(1);

        ruleSets.activate(version(second), second, 0, "admin");
        assertThat(active(first.id())).isZero();
        assertThat(active(second.id())).isEqualTo(1);

        ruleSets.follow(first); // another replica published it
        assertThat(active(first.id())).isEqualTo(1);
        assertThat(active(second.id())).isZero();
        assertThat(told).extracting(RuleSetActivated::previous).containsExactly(null, first, second);
        assertThat(told).extracting(RuleSetActivated::current).containsExactly(first, second, first);
    }

    @Test
    void shouldReportTheActiveVersionInHealthAndDownWhileThereIsNone(@TempDir Path data) {
        RuleSets ruleSets = ruleSets(data);
        RuleSetHealth health = new RuleSetHealth(ruleSets, new StaticListableBeanFactory().getBeanProvider(PublicationFollower.class));
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);

        CompiledRuleSet first = compiled("c".repeat(64));
        ruleSets.start(first);

        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(health.health().getDetails()).containsEntry("active", first.id());
    }
}
