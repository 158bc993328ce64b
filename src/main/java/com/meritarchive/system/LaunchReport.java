package com.meritarchive.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Logs once at start how the jar was launched ({@link ExtractedLayout}): from an extracted copy, or why not. */
@Component
class LaunchReport {

    private static final Logger log = LoggerFactory.getLogger(LaunchReport.class);

    LaunchReport() {
        String how = System.getProperty(ExtractedLayout.REPORT);
        if (how != null) {
            log.info("Classes loaded {}", how);
        }
    }
}
