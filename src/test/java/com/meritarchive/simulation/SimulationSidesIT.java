package com.meritarchive.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.meritarchive.MeritArchiveApplication;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The simulation pool is a bean of the application: its threads stop when the application stops. */
class SimulationSidesIT {

    @Test
    void shouldStopTheSimulationThreadsWithTheApplication(@TempDir Path dir) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(MeritArchiveApplication.class)
                .run("--server.port=0", "--merit.data-dir=" + dir.resolve("data"));
        SimulationSides sides = context.getBean(SimulationSides.class);
        assertThat(sides.isShutdown()).isFalse();

        context.close();

        assertThat(sides.isShutdown()).isTrue();
    }
}
