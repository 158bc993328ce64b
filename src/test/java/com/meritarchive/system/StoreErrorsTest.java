package com.meritarchive.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;

/** A store's failure is counted once by store and operation where it is answered; other errors are not counted. */
class StoreErrorsTest {

    /** A store failure as a feature throws it, wrapped as the caller sees it. */
    private static final class DiskGone extends RuntimeException implements StoreFailure {
        DiskGone() {
            super("disk gone");
        }

        @Override
        public String store() {
            return "decisions";
        }

        @Override
        public String operation() {
            return "record";
        }
    }

    /** A store failure a feature explains itself. */
    private static final class Damaged extends ProblemException implements StoreFailure {
        Damaged() {
            super(HttpStatus.INTERNAL_SERVER_ERROR, "Data dir damaged", "damaged");
        }

        @Override
        public String store() {
            return "rulesets";
        }

        @Override
        public String operation() {
            return "read";
        }
    }

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final StoreErrors errors = new StoreErrors(meters);

    private double counted(String store, String operation) {
        var counter = meters.find("merit.store.errors").tag("store", store).tag("operation", operation).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void shouldCountAStoreFailureFoundAmongTheCausesOnce() {
        new UnexpectedErrors(errors).unexpected(new IllegalStateException("wrapped", new DiskGone()));

        assertThat(counted("decisions", "record")).isEqualTo(1);
    }

    @Test
    void shouldCountAStoreFailureAnsweredAsAProblem() {
        new ProblemHandler(errors).explained(new Damaged(), new MockHttpServletResponse());
        new ProblemHandler(errors).explained(new Damaged(), new MockHttpServletResponse());

        assertThat(counted("rulesets", "read")).isEqualTo(2);
    }

    @Test
    void shouldNotCountAnErrorThatIsNoStoreFailure() {
        assertThat(errors.count(new UncheckedIOException(new IOException("socket closed")))).isFalse();
        new UnexpectedErrors(errors).unexpected(new IllegalStateException("a bug"));

        assertThat(meters.find("merit.store.errors").counters()).isEmpty();
    }

    @Test
    void shouldCountWhatAStoreReportsItself() {
        errors.count("decisions", "forward");

        assertThat(counted("decisions", "forward")).isEqualTo(1);
    }
}
