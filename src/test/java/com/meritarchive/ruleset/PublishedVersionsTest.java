package com.meritarchive.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import com.meritarchive.system.MeritProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** The store remembers every version that was ever published, across restarts, and only those. */
class PublishedVersionsTest {

    private static RuleSetStore store(Path data) {
        return new FileRuleSetStore(new MeritProperties(Path.of("rules"), Path.of("decision-tables"), data,
                DataSize.ofMegabytes(1), 4, Duration.ZERO));
    }

    private static RuleSetVersion save(RuleSetStore store, String text) {
        TreeMap<String, byte[]> files = new TreeMap<>(Map.of("a.drl", text.getBytes()));
        return store.save(new RuleSetFiles(files), "test", Map.of());
    }

    @Test
    void shouldRememberEveryActivationAfterAnotherVersionIsActiveAndAfterARestart(@TempDir Path data) {
        RuleSetStore store = store(data);
        RuleSetVersion first = save(store, "first");
        RuleSetVersion second = save(store, "second");
        RuleSetVersion never = save(store, "never");

        store.markActive(first, 0, "admin");
        store.markActive(second, 1, "admin");

        RuleSetStore restarted = store(data);
        assertThat(restarted.wasPublished(first.sha256())).isTrue();
        assertThat(restarted.wasPublished(second.sha256())).isTrue();
        assertThat(restarted.wasPublished(never.sha256())).isFalse();
        assertThat(restarted.publications()).extracting(RuleSetStore.Publication::id).containsExactly(first.id(), second.id());
        assertThat(data.resolve("published.json")).exists();
    }

    @Test
    void shouldCountTheActiveVersionOfAnOlderDataDirAsPublished(@TempDir Path data) throws Exception {
        RuleSetStore store = store(data);
        RuleSetVersion active = save(store, "active");
        store.markActive(active, 0, "admin");
        Files.delete(data.resolve("published.json")); // a data dir written before the list existed

        assertThat(store(data).wasPublished(active.sha256())).isTrue();
    }
}
