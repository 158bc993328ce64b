package com.meritarchive;

import com.meritarchive.system.ExtractedLayout;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point: the decision service with its rule set compiled from the rule folders at start. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MeritArchiveApplication {

    public static void main(String[] args) throws Exception {
        if (!ExtractedLayout.relaunch(MeritArchiveApplication.class, args)) {
            SpringApplication.run(MeritArchiveApplication.class, args);
        }
    }
}
