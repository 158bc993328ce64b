package com.meritarchive.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meritarchive.MeritArchiveApplication;
import com.meritarchive.ruleset.CorruptStoreException;
import com.meritarchive.system.PoiLimits;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service refuses to start on rules that do not compile or on a damaged data dir, and says
 * where the error is; it sets the workbook limits before it reads any workbook.
 */
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

    /** A data dir as the first start leaves it, and the folder of its one version. */
    private static Path firstStart(Path data) throws Exception {
        start(Path.of("rules"), Path.of("decision-tables"), data).close();
        try (Stream<Path> versions = Files.list(data.resolve("rulesets"))) {
            return versions.findFirst().orElseThrow();
        }
    }

    private static CorruptStoreException damage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CorruptStoreException damaged) {
                return damaged;
            }
        }
        throw new AssertionError("The start failed for another reason", failure);
    }

    @Test
    void shouldRefuseToStartOnAnUnreadableVersionFileNamingIt(@TempDir Path dir) throws Exception {
        Path version = firstStart(dir.resolve("data")).resolve("version.json");
        Files.writeString(version, "{\"id\": \"trunc");

        assertThatThrownBy(() -> start(Path.of("rules"), Path.of("decision-tables"), dir.resolve("data")))
                .satisfies(e -> assertThat(damage(e).getMessage()).contains(version.toAbsolutePath().toString())
                        .contains("cannot be read"));
    }

    @Test
    void shouldRefuseToStartWhenTheActivePointerNamesNoStoredVersion(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        firstStart(data);
        Files.writeString(data.resolve("active.json"), "{\"id\": \"0123456789ab\", \"sha256\": \"" + "0123456789ab".repeat(5)
                + "0123\"}");

        assertThatThrownBy(() -> start(Path.of("rules"), Path.of("decision-tables"), data))
                .satisfies(e -> assertThat(damage(e).getMessage()).contains(data.resolve("active.json").toAbsolutePath()
                        .toString()).contains("names version 0123456789ab").contains("does not hold"));
    }

    @Test
    void shouldRefuseToStartWhenTheActiveVersionsFilesWereAltered(@TempDir Path dir) throws Exception {
        Path folder = firstStart(dir.resolve("data"));
        Files.writeString(folder.resolve("files/annual-vetoes.drl"), "\n// edited by hand\n", StandardOpenOption.APPEND);

        assertThatThrownBy(() -> start(Path.of("rules"), Path.of("decision-tables"), dir.resolve("data")))
                .satisfies(e -> assertThat(damage(e).getMessage()).contains(folder.toAbsolutePath().toString())
                        .contains("no longer hash to the sha256"));
    }

    @Test
    void shouldTellTheOperatorWhichFileIsDamagedAndWhatToDo(@TempDir Path dir) throws Exception {
        Path version = firstStart(dir.resolve("data")).resolve("version.json");
        Files.writeString(version, "not json");
        Path log = dir.resolve("service.log");

        assertThatThrownBy(() -> ServiceProcess.start(dir.resolve("data"), log)).hasMessageContaining("stopped during start");
        assertThat(Files.readString(log)).contains("APPLICATION FAILED TO START")
                .contains("The data dir is damaged: " + version.toAbsolutePath())
                .contains("Restore " + version.toAbsolutePath() + " from a backup");
    }

    @Test
    void shouldNotCompileAgainAtARestart(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        firstStart(data);
        try (Stream<Path> cached = Files.list(data.resolve("compiled"))) {
            assertThat(cached.map(p -> p.getFileName().toString())).singleElement().asString().endsWith(".kbase");
        }

        try (ConfigurableApplicationContext context = start(Path.of("rules"), Path.of("decision-tables"), data)) {
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            assertThat(meters.find("merit.ruleset.compile").timers()).as("read from the compile cache").isEmpty();
            assertThat(context.getBean(com.meritarchive.ruleset.RuleSets.class).active().ruleCount()).isPositive();
        }
    }

    @Test
    void shouldLimitWorkbooksBeforeAnyIsRead(@TempDir Path dir) {
        ZipSecureFile.setMinInflateRatio(0.5);
        ZipSecureFile.setMaxEntrySize(1);
        try (ConfigurableApplicationContext context = start(Path.of("rules"), Path.of("decision-tables"),
                dir.resolve("data"))) {
            // the shipped workbooks were read under the limits: with an entry limit of 1 byte they could not have been
            assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(PoiLimits.MIN_INFLATE_RATIO);
            assertThat(ZipSecureFile.getMaxEntrySize()).isEqualTo(PoiLimits.MAX_ENTRY_SIZE);
            assertThat(ZipSecureFile.getMaxTextSize()).isEqualTo(PoiLimits.MAX_TEXT_SIZE);
        }
    }
}
