package com.meritarchive.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meritarchive.MeritArchiveApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The service refuses to start on rules that do not compile, and says where the error is. */
class StartupIT {

    /** Starts the service as {@code java -jar} would, with command-line arguments. */
    private static ConfigurableApplicationContext start(Path rules, Path tables, Path data) {
        return new SpringApplicationBuilder(MeritArchiveApplication.class).run("--server.port=0",
                "--merit.rules-dir=" + rules, "--merit.tables-dir=" + tables, "--merit.data-dir=" + data);
    }

    @Test
    void shouldRefuseToStartOnADrlErrorNamingFileAndLine(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.copy(Path.of("rules/annual-derive.drl"), rules.resolve("annual-derive.drl"));
        Files.writeString(rules.resolve("typo.drl"), "package merit.annual;\nrule \"typo\"\nwhen\n  String( length > )\nthen\nend\n");

        assertThatThrownBy(() -> start(rules, Path.of("decision-tables"), dir.resolve("data")))
                .rootCause().hasMessageContaining("typo.drl, line 4, column");
    }

    @Test
    void shouldRefuseToStartOnATableDroolsWouldSkip(@TempDir Path dir) throws Exception {
        Path tables = Files.createDirectories(dir.resolve("tables"));
        Files.copy(Path.of("decision-tables/Annual.drl.xlsx"), tables.resolve("Annual.xlsx"));

        assertThatThrownBy(() -> start(Path.of("rules"), tables, dir.resolve("data")))
                .rootCause().hasMessageContaining("Annual.xlsx").hasMessageContaining("Annual.drl.xlsx");
    }

    @Test
    void shouldStartWithTheEmbeddedRulesWhenTheFoldersAreAbsent(@TempDir Path dir) {
        try (ConfigurableApplicationContext context = start(dir.resolve("none"), dir.resolve("none-either"), dir.resolve("data"))) {
            com.meritarchive.ruleset.RuleSets ruleSets = context.getBean(com.meritarchive.ruleset.RuleSets.class);
            assertThat(ruleSets.active().rulesPerFile()).containsKeys("Annual.drl.xlsx", "annual-derive.drl");
        }
    }
}
