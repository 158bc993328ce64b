package com.meritarchive.decisionlog;

import static org.assertj.core.api.Assertions.assertThat;

import com.meritarchive.system.MeritProperties;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;

/** {@code merit.store} chooses the record: embedded by default, without any DataSource; postgres with a spool. */
class DecisionLogConfigTest {

    @RegisterExtension
    static final DecisionLogDatabase database = new DecisionLogDatabase();

    @TempDir
    Path dataDir;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner().withUserConfiguration(DecisionLogConfig.class)
                .withBean(MeritProperties.class, () -> new MeritProperties(Path.of("rules"), Path.of("decision-tables"),
                        dataDir, DataSize.ofMegabytes(128), 4, Duration.ZERO))
                .withBean(DecisionLogProperties.class, () -> new DecisionLogProperties(true, null, Duration.ofHours(1),
                        DataSize.ofMegabytes(4), DataSize.ofKilobytes(16), Duration.ofMillis(10)));
    }

    @Test
    void shouldRecordInTheEmbeddedStoreByDefaultWithoutADataSource() {
        runner().run(context -> {
            assertThat(context).hasSingleBean(DecisionLog.class).doesNotHaveBean(DataSource.class);
            assertThat(context.getBean(DecisionLog.class)).isInstanceOf(SqliteDecisionLog.class);
            assertThat(dataDir.resolve("decisions/decisions.sqlite")).exists();
        });
        runner().withPropertyValues("merit.store=embedded")
                .run(context -> assertThat(context.getBean(DecisionLog.class)).isInstanceOf(SqliteDecisionLog.class));
    }

    @Test
    void shouldRecordInPostgresWithASpoolUnderTheDataDirWhenChosen() {
        runner().withPropertyValues("merit.store=postgres").withBean(DataSource.class, database::dataSource)
                .run(context -> {
                    assertThat(context).hasSingleBean(DecisionLog.class);
                    assertThat(context.getBean(DecisionLog.class)).isInstanceOf(SpoolingDecisionLog.class);
                    assertThat(dataDir.resolve("decisions-spool/decisions.sqlite")).exists();
                    assertThat(dataDir.resolve("decisions")).doesNotExist();
                });
    }
}
