package com.meritarchive.decisionlog;

import com.meritarchive.ruleset.RuleSets;
import com.meritarchive.system.MeritProperties;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code merit.store=embedded} (the default): the embedded store under the data dir ({@code data/decisions/});
 * {@code postgres}: the shared database, with a spool under the data dir ({@code data/decisions-spool/}) for
 * the time it is unreachable.
 */
@Configuration
class DecisionLogConfig {

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "merit.store", havingValue = "embedded", matchIfMissing = true)
    DecisionLog decisionLog(MeritProperties properties, DecisionLogProperties decisions) {
        return new SqliteDecisionLog(properties.dataDir().resolve("decisions"), decisions.sealDelay());
    }

    /** The DataSource exists in postgres mode only, migrated before this bean is made. */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "merit.store", havingValue = "postgres")
    SpoolingDecisionLog sharedDecisionLog(MeritProperties properties, DecisionLogProperties decisions,
            DataSource dataSource, ObjectProvider<RuleSets> ruleSets) {
        return new SpoolingDecisionLog(new PostgresDecisionLog(dataSource),
                new SqliteDecisionLog(properties.dataDir().resolve("decisions-spool"), decisions.sealDelay()),
                () -> ruleSets.getObject().active().id());
    }
}
