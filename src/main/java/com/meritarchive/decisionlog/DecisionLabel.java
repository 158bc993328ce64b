package com.meritarchive.decisionlog;

import java.time.Instant;
import java.util.function.Function;

/**
 * A recorded decision named in one Chinese line, as the pages offer it in their lists of recorded
 * decisions (the simulation's dataset, the documents' and warning lists' recorded quarter): what it
 * decided, when (Beijing time), who asked, with which version, and its id, e.g.
 * "2017 年第 1 季度 · 季度决策 · 2026-11-28 09:40:12 · hr · 规则版本 01bbf9f8c921 · 5b0e…". The pages
 * say how a time is written (Beijing time), so they pass it in.
 */
public final class DecisionLabel {

    private DecisionLabel() {
    }

    public static String of(DecisionSummary decision, Function<Instant, String> time) {
        String ruleSet = decision.ruleSet() == null ? "" : decision.ruleSet().id();
        return period(decision) + " · " + kindName(decision.kind()) + " · " + time.apply(decision.decidedAt())
                + " · " + decision.decidedBy() + " · 规则版本 " + ruleSet + " · " + decision.decisionId();
    }

    private static String kindName(DecisionKind kind) {
        return switch (kind) {
            case ANNUAL -> "年度决策";
            case QUARTERLY -> "季度决策";
            case DOCUMENTS_ANNUAL -> "年度公示与备案";
            case DOCUMENTS_QUARTERLY -> "季度公示与备案";
            default -> kind.name();
        };
    }

    private static String period(DecisionSummary decision) {
        if (decision.year() == null) {
            return "";
        }
        return decision.quarter() == null ? decision.year() + " 年度" : decision.year() + " 年第 " + decision.quarter() + " 季度";
    }
}
