package com.meritarchive.system;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The limits POI applies to every workbook the service reads (rule tables, scenario workbooks):
 * a workbook is a zip, and entries that inflate beyond reason (zip bombs) are refused before they
 * are read. POI keeps these limits process-wide, so they are set once, when the application
 * context is initialised (registered in {@code META-INF/spring.factories}), before any bean can
 * read a workbook; code that reads workbooks outside Spring (tests, the benchmark) calls
 * {@link #apply()} itself.
 */
public final class PoiLimits implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** An entry may not inflate more than 100 times (compressed / inflated below 0.01 is refused). */
    public static final double MIN_INFLATE_RATIO = 0.01;
    public static final long MAX_ENTRY_SIZE = 64L * 1024 * 1024;
    public static final long MAX_TEXT_SIZE = 16L * 1024 * 1024;
    /**
     * Rows and cells of one workbook, counted while its XML streams by, before POI builds it (POI
     * holds about 1 KB of heap per cell: two million cells, 8 MB zipped, fill any heap). A policy
     * table has tens of rows; these leave room for a hundred times more.
     */
    public static final int MAX_ROWS = 20_000;
    public static final int MAX_CELLS = 200_000;

    public static void apply() {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_SIZE);
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        apply();
    }
}
