package com.meritarchive.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletResponse;

/** A feature's error carries its own status, title, detail and members; what nobody foresaw stays a plain 500. */
class ProblemsTest {

    private static final StoreErrors ERRORS = new StoreErrors(new SimpleMeterRegistry());

    /** An error of some feature, with a list of what is wrong. */
    private static final class ShelfEmpty extends ProblemException {
        ShelfEmpty() {
            super(HttpStatus.CONFLICT, "Shelf empty", "The shelf holds nothing (for the log)", "The shelf holds nothing",
                    Map.of("errors", List.of("a", "b")), null);
        }
    }

    @Test
    void shouldAnswerAFeaturesErrorWithItsOwnStatusTitleDetailAndMembers() {
        ProblemDetail problem = new ProblemHandler(ERRORS).explained(new ShelfEmpty(), new MockHttpServletResponse());

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getTitle()).isEqualTo("Shelf empty");
        assertThat(problem.getDetail()).isEqualTo("The shelf holds nothing");
        assertThat(problem.getProperties()).containsEntry("errors", List.of("a", "b"));
    }

    @Test
    void shouldTellTheCallerThatARefusalIsTheConnectionsLastAnswer() {
        MockHttpServletResponse response = new MockHttpServletResponse();

        new ProblemHandler(ERRORS).explained(new NoEntry(), response);

        assertThat(response.getHeader("Connection")).isEqualTo("close");
    }

    /** A refusal of some feature. */
    private static final class NoEntry extends ProblemException {
        NoEntry() {
            super(HttpStatus.FORBIDDEN, "No entry", "Not for you");
        }
    }

    @Test
    void shouldAnswerAnUnforeseenFaultAsAPlain500WithAnIdForTheLog() {
        ProblemDetail problem = new UnexpectedErrors(ERRORS).unexpected(new IllegalStateException("internal detail"));

        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(problem.getTitle()).isEqualTo("Unexpected error");
        assertThat(problem.getDetail()).matches("The service failed unexpectedly \\(IllegalStateException\\); the log has "
                + "the details under [0-9a-f-]{36}").doesNotContain("internal detail");
    }
}
