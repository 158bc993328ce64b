package com.meritarchive.ruleset;

import com.meritarchive.system.MeritProperties;
import com.meritarchive.system.StoreErrors;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which rule-set store {@code merit.store} chooses: the data dir's files, or PostgreSQL. */
@Configuration
class RuleSetStoreConfig {

    @Bean
    RuleSetStore ruleSetStore(MeritProperties properties, ObjectProvider<DataSource> dataSource) {
        return switch (properties.store()) {
            case EMBEDDED -> new FileRuleSetStore(properties);
            case POSTGRES -> new PostgresRuleSetStore(dataSource.getObject(), properties.storeCrashTestDelay());
        };
    }

    /** With {@code merit.store=postgres}: keeps this replica on the published version. */
    @Bean
    @ConditionalOnProperty(name = "merit.store", havingValue = "postgres")
    PublicationFollower publicationFollower(DataSource dataSource, RuleSetStore store, RuleSets ruleSets,
            MeritProperties properties, StoreErrors storeErrors) {
        return new PublicationFollower(dataSource, (PostgresRuleSetStore) store, ruleSets, properties.pointerPollInterval(),
                storeErrors);
    }
}
