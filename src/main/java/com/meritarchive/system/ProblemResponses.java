package com.meritarchive.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** Writes a problem+json answer from a filter or security handler, outside Spring MVC. */
final class ProblemResponses {

    /** Spring's builder registers the mix-in that writes ProblemDetail as RFC 9457 fields. */
    private static final ObjectMapper JSON = Jackson2ObjectMapperBuilder.json().build();

    private ProblemResponses() {
    }

    /**
     * Reads what is left of a refused request's body, at most about {@code upTo} bytes, and drops
     * it, so that the caller, still sending, reads the answer rather than a reset connection (the
     * connection closes after the refusal). A caller gone midway ends it.
     */
    static void dropBody(InputStream body, long upTo) {
        byte[] buffer = new byte[8192];
        try {
            for (long dropped = 0; dropped <= upTo; ) {
                int n = body.read(buffer);
                if (n < 0) {
                    return;
                }
                dropped += n;
            }
        } catch (IOException gone) {
            // nothing more to read: the answer is still written, for a caller that may still read it
        }
    }

    static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
            String detail) throws IOException {
        ProblemDetail problem = ProblemHandler.problem(status, title, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
