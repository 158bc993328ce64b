package com.meritarchive.ruleset;

import java.nio.file.Path;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Reads the compile cache's most recent version while Spring builds the service, so that at
 * start the active rule set is ready (or nearly) when it is asked for: on two cores this hides
 * most of reading it. Registered in {@code META-INF/spring.factories}.
 */
public class RuleSetPreload implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Path dataDir = Binder.get(context.getEnvironment()).bind("merit.data-dir", Path.class).orElse(Path.of("data"));
        CompileCache.preload(dataDir.resolve("compiled"));
    }
}
