package com.meritarchive.simulation;

import com.meritarchive.decisionlog.DecisionKind;
import com.meritarchive.decisionlog.DecisionSummary;
import com.meritarchive.web.BeijingTime;

/** A recorded decision offered as the dataset on the simulation page: what it decided, when, for whom, with which version. */
record RecordedChoice(String id, String kind, String period, String decidedAt, String decidedBy, String ruleSet) {

    static RecordedChoice of(DecisionSummary decision) {
        return new RecordedChoice(decision.decisionId(), kindName(decision.kind()), period(decision),
                BeijingTime.format(decision.decidedAt()), decision.decidedBy(),
                decision.ruleSet() == null ? "" : decision.ruleSet().id());
    }

    /** One line for the drop-down list: 2017 年第 1 季度 · 季度决策 · 2026-11-28 09:40:12 · hr · 规则版本 504fd478e77a. */
    String label() {
        return period + " · " + kind + " · " + decidedAt + " · " + decidedBy + " · 规则版本 " + ruleSet + " · " + id;
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
