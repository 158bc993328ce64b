package com.meritarchive.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.meritarchive.request.AnnualRequest;
import com.meritarchive.request.Dataset;
import com.meritarchive.request.RecordInput;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two sides of a simulation run side by side only when memory allows, and their pool ends with the context. */
class SimulationSidesTest {

    private static Dataset annualWithRecords(int records) {
        return Dataset.annual(new AnnualRequest(2017, List.of(), List.of(),
                Collections.nCopies(records, new RecordInput("r", "CADRE", "C", "PERFORMANCE", 2017, 1, null, "I", "ACTIVE"))));
    }

    @Test
    void shouldRunSideBySideOnlyWhenTwoSessionsFitInThreeQuartersOfTheHeap() {
        long heap = 1_000_000_000L; // 1 GB: 750 MB for two sessions at 1 KB per fact, 375,000 facts each
        assertThat(SimulationSides.fitsTwiceInMemory(annualWithRecords(374_999), heap)).isTrue();
        assertThat(SimulationSides.fitsTwiceInMemory(annualWithRecords(375_000), heap)).isFalse();
    }

    @Test
    void shouldGiveBothResultsWhicheverWayTheSidesRun() {
        SimulationSides sides = new SimulationSides();
        try {
            SimulationSides.Both<String> small = sides.run(annualWithRecords(1), () -> "baseline", () -> "candidate");
            assertThat(small).isEqualTo(new SimulationSides.Both<>("baseline", "candidate"));
        } finally {
            sides.destroy();
        }
    }

    @Test
    void shouldStopItsThreadsWhenDestroyed() {
        SimulationSides sides = new SimulationSides();

        sides.destroy();

        assertThat(sides.isShutdown()).isTrue();
    }
}
