package com.meritarchive.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Unpublished rules run on a bounded daemon thread and are given up on when their budget is spent. */
class TimeBudgetTest {

    private final TimeBudget budget = new TimeBudget(Duration.ofMillis(200));

    @Test
    void shouldReturnWhatTheWorkReturnsWithinTheBudget() {
        assertThat(budget.run("quick", () -> 42)).isEqualTo(42);
    }

    @Test
    void shouldThrowTheWorksOwnException() {
        assertThatThrownBy(() -> budget.run("broken", () -> {
            throw new IllegalArgumentException("bad rule");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("bad rule");
    }

    @Test
    void shouldGiveUpWhenTheBudgetIsSpentAndInterruptADaemonThread() throws Exception {
        AtomicReference<Thread> worker = new AtomicReference<>();
        CountDownLatch interrupted = new CountDownLatch(1);

        assertThatThrownBy(() -> budget.run("slow", () -> {
            worker.set(Thread.currentThread());
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return null;
        })).isInstanceOf(TimeBudget.Spent.class).hasMessageContaining("slow took longer than 200 ms");

        assertThat(interrupted.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(worker.get().isDaemon()).isTrue();
    }

    @Test
    void shouldRefuseAFurtherRunWhileTooManyRunawayRunsAreAlive() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        for (int i = 0; i < TimeBudget.MAX_RUNNING; i++) {
            assertThatThrownBy(() -> budget.run("runaway", () -> {
                while (release.getCount() > 0) { // ignores interrupts, as a long consequence would
                    Thread.onSpinWait();
                }
                return null;
            })).isInstanceOf(TimeBudget.Spent.class);
        }

        long started = System.nanoTime();
        assertThatThrownBy(() -> budget.run("one more", () -> 1)).isInstanceOf(TimeBudget.Spent.class)
                .hasMessageContaining("still running");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));

        release.countDown();
        Thread.sleep(200);
        assertThat(budget.run("after", () -> 2)).isEqualTo(2);
    }
}
