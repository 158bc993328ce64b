package com.meritarchive.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meritarchive.system.MeritProperties;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/**
 * Before a rule set is active (the service still starting) a decision is told to come back, not
 * given a 500; a replica never goes back to an older publication; a version is compiled once
 * however many ask for it at the same time.
 */
class RuleSetsTest {

    private static MeritProperties properties(Path data) {
        return new MeritProperties(Path.of("rules"), Path.of("decision-tables"), data, DataSize.ofMegabytes(1), 4, Duration.ZERO);
    }

    private static CompiledRuleSet compiled(String sha256) {
        return new CompiledRuleSet(CompiledRuleSet.idOf(sha256), sha256, null, new TreeMap<>(), null, CodeLists.NONE, List.of());
    }

    @Test
    void shouldNeverFollowAPublicationOlderThanTheOneItDecidesWith(@TempDir Path data) {
        RuleSets ruleSets = new RuleSets(new FileRuleSetStore(properties(data)), new RuleSetCompiler(), properties(data));
        CompiledRuleSet first = compiled("a".repeat(64));
        CompiledRuleSet second = compiled("b".repeat(64));
        CompiledRuleSet third = compiled("c".repeat(64));
        ruleSets.start(first); // the store has no publication: generation 0

        assertThat(ruleSets.follow(third, 3)).isTrue();
        assertThat(ruleSets.follow(second, 2)).as("a pointer read before the third publication, followed late").isFalse();
        assertThat(ruleSets.follow(second, 3)).as("the same publication again").isFalse();
        assertThat(ruleSets.active()).isSameAs(third);
        assertThat(ruleSets.follow(second, 4)).isTrue();
        assertThat(ruleSets.active()).isSameAs(second);
    }

    @Test
    void shouldCompileAVersionOnceWhenSeveralAskForItAtTheSameTime(@TempDir Path data) throws Exception {
        AtomicInteger compilations = new AtomicInteger();
        CountDownLatch bothAsking = new CountDownLatch(1);
        RuleSetCompiler slow = new RuleSetCompiler() {
            @Override
            public CompiledRuleSet compile(RuleSetFiles files) {
                compilations.incrementAndGet();
                try {
                    bothAsking.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return compiled(files.sha256());
            }
        };
        FileRuleSetStore store = new FileRuleSetStore(properties(data));
        RuleSets ruleSets = new RuleSets(store, slow, properties(data));
        ruleSets.start(compiled("a".repeat(64)));
        RuleSetVersion version = store.save(new RuleSetFiles(new TreeMap<>(Map.of("x.drl", "rule x".getBytes()))), "author",
                Map.of());

        CompletableFuture<CompiledRuleSet> upload = CompletableFuture.supplyAsync(() -> ruleSets.compiled(version));
        CompletableFuture<CompiledRuleSet> publication = CompletableFuture.supplyAsync(() -> ruleSets.compiled(version));
        Thread.sleep(300); // both are asking now
        bothAsking.countDown();

        assertThat(upload.get(10, TimeUnit.SECONDS)).isSameAs(publication.get(10, TimeUnit.SECONDS));
        assertThat(compilations).hasValue(1);
        assertThat(ruleSets.compiled(version)).as("then from the cache").isSameAs(upload.get());
        assertThat(compilations).hasValue(1);
    }

    @Test
    void shouldAnswer503WithAClearDetailWhileNoRuleSetIsActive(@TempDir Path data) {
        MeritProperties properties = properties(data);
        RuleSets ruleSets = new RuleSets(new FileRuleSetStore(properties), new RuleSetCompiler(), properties);

        assertThatThrownBy(() -> ruleSets.resolve(null)).isInstanceOfSatisfying(NoActiveRuleSetException.class, e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(e.toProblem().getTitle()).isEqualTo("No active rule set");
            assertThat(e.toProblem().getDetail()).contains("still compiling its rule set").contains("try again");
        });
    }
}
