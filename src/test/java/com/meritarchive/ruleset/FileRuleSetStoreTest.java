package com.meritarchive.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import com.meritarchive.system.MeritProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class FileRuleSetStoreTest extends RuleSetStoreContract {

    @TempDir
    Path data;

    @Override
    RuleSetStore open() {
        return new FileRuleSetStore(new MeritProperties(Path.of("rules"), Path.of("decision-tables"), data,
                DataSize.ofMegabytes(1), 4, Duration.ZERO));
    }

    @Test
    void shouldCountTheActiveVersionOfAnOlderDataDirAsPublished() throws Exception {
        RuleSetStore store = open();
        RuleSetVersion active = save(store, "active");
        store.markActive(active, 0, "admin");
        Files.delete(data.resolve("published.json")); // a data dir written before the list existed

        assertThat(open().wasPublished(active.sha256())).isTrue();
        assertThat(open().generation()).isEqualTo(1);
    }
}
