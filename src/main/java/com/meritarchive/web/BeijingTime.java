package com.meritarchive.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times on the pages as the staff read clocks: Beijing time, to the second. */
public final class BeijingTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);

    private BeijingTime() {
    }

    public static String format(Instant instant) {
        return TIME.format(instant);
    }
}
