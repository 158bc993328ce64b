package com.meritarchive.scenario;

import com.meritarchive.decision.fact.Routable;
import com.meritarchive.request.AnnualRequest;
import com.meritarchive.request.QuarterlyRequest;
import com.meritarchive.request.StepDownRequest;
import com.meritarchive.request.SubjectRef;
import java.util.List;
import java.util.SortedSet;

/** One case of a scenario workbook: its input and what policy staff expect, located in the workbook. */
sealed interface Scenario {

    String name();

    String sheet();

    List<Expectation> expectations();

    /** The exact set of codes one subject should get ("无" in the workbook: none), written in {@code row}. */
    record Expectation(SubjectRef subject, SortedSet<String> codes, int row) {
    }

    record Annual(String name, String sheet, AnnualRequest request, List<Expectation> expectations) implements Scenario {
    }

    record Quarterly(String name, String sheet, QuarterlyRequest request, List<Expectation> expectations)
            implements Scenario {
    }

    record StepDown(String name, String sheet, StepDownRequest request, List<Expectation> expectations)
            implements Scenario {
    }

    /**
     * One result routed by the routing table (sheet 公示备案场景, one row per case): the recipients it
     * must be sent to, PUBLIC excluded ({@code recipients}, empty for 无), and whether it is publicly
     * noticed.
     */
    record Routing(String name, String sheet, int row, Routable result, SortedSet<String> recipients, boolean notice)
            implements Scenario {

        /** None by subject: the runner checks {@code recipients} and {@code notice} at {@code row}. */
        @Override
        public List<Expectation> expectations() {
            return List.of();
        }
    }
}
