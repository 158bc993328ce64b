package com.meritarchive.decision.fact;

import com.meritarchive.request.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One recipient of a result, as the routing table decided: {@code recipient} is ORG_DEPT,
 * HR_BUREAU, DISCIPLINE_COMMISSION or PUBLIC (a public notice), {@code rule} the routing row.
 * The factories take a table cell's codes, so that the table's actions stay one call each.
 */
public record Route(String subjectType, String subjectId, String code, String recipient, String rule) {

    /** The recipient of a public notice (公示). */
    public static final String PUBLIC = Vocabulary.PUBLIC;

    /** Codes in one cell may be separated by ASCII or Chinese commas. */
    private static final Pattern SEPARATOR = Pattern.compile("[,，、;；\\s]+");

    /** One route per recipient code in {@code recipients}. */
    public static List<Route> to(Routable routable, String recipients, String rule) {
        List<Route> routes = new ArrayList<>();
        for (String recipient : SEPARATOR.split(recipients.strip())) {
            if (!recipient.isEmpty()) {
                routes.add(new Route(routable.subjectType(), routable.subjectId(), routable.code(), recipient, rule));
            }
        }
        return routes;
    }

    /** A public-notice route when the 公示 cell says {@code true}, none otherwise. */
    public static List<Route> publicNotice(Routable routable, String isPublic, String rule) {
        return Boolean.parseBoolean(isPublic.strip()) ? to(routable, PUBLIC, rule) : List.of();
    }
}
