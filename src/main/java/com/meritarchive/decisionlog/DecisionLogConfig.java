package com.meritarchive.decisionlog;

import com.meritarchive.system.MeritProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The embedded store under the data dir ({@code data/decisions/}); a shared database would be another bean here. */
@Configuration
class DecisionLogConfig {

    @Bean(destroyMethod = "close")
    DecisionLog decisionLog(MeritProperties properties) {
        return new SqliteDecisionLog(properties.dataDir().resolve("decisions"));
    }
}
