package com.meritarchive.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemoryBudgetTest {

    static final long MB = 1024 * 1024;

    @Test
    void shouldReserveTenBytesPerBodyByteAndRefuseWhatDoesNotFitNow() {
        MemoryBudget budget = new MemoryBudget(600 * MB);
        MemoryBudget.Reservation province = budget.tryReserve(44 * MB); // 440 MB
        assertThat(province).isNotNull();
        assertThat(budget.tryReserve(44 * MB)).as("a second province does not fit").isNull();
        assertThat(budget.tryReserve(1 * MB)).as("a county still fits beside it").isNotNull();
        province.close();
        assertThat(budget.tryReserve(44 * MB)).as("admitted once the first is answered").isNotNull();
    }

    @Test
    void shouldRunABodyLargerThanTheWholeBudgetOnlyAlone() {
        MemoryBudget budget = new MemoryBudget(100 * MB);
        MemoryBudget.Reservation small = budget.tryReserve(MB);
        assertThat(budget.tryReserve(128 * MB)).isNull();
        small.close();
        MemoryBudget.Reservation huge = budget.tryReserve(128 * MB);
        assertThat(huge).isNotNull();
        assertThat(budget.tryReserve(1)).isNull();
    }

    @Test
    void shouldTakeSixtyPercentOfTheHeapByDefault() {
        assertThat(MemoryBudget.fromHeap(1000 * MB).totalBytes()).isEqualTo(600 * MB);
    }
}
