package com.meritarchive.simulation;

import com.meritarchive.decisionlog.DecisionKind;
import com.meritarchive.decisionlog.DecisionSummary;
import com.meritarchive.web.BeijingTime;

/**
 * A recorded decision offered as the dataset on the simulation page, as one line of its drop-down
 * list: what it decided, when, who asked, with which version, its id
 * ("2017 年第 1 季度 · 季度决策 · 2026-11-28 09:40:12 · hr · 规则版本 01bbf9f8c921 · 5b0e…").
 */
record RecordedChoice(String id, String label) {

    static RecordedChoice of(DecisionSummary decision) {
        String ruleSet = decision.ruleSet() == null ? "" : decision.ruleSet().id();
        return new RecordedChoice(decision.decisionId(), period(decision) + " · " + kindName(decision.kind()) + " · "
                + BeijingTime.format(decision.decidedAt()) + " · " + decision.decidedBy() + " · 规则版本 " + ruleSet
                + " · " + decision.decisionId());
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
