package com.meritarchive.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Admits JSON bodies against a memory budget, so that several province-sized decisions at once
 * answer 503 with {@code Retry-After} instead of running the heap out (an OutOfMemoryError stops
 * every request, health included). A body reserves {@link MemoryBudget#BYTES_PER_BODY_BYTE}
 * bytes per byte of its declared length while it is decided; a chunked body, whose length is
 * unknown, reserves as much as {@code merit.max-request-size}. Runs after authentication: only
 * callers with a password take part of the budget.
 */
@Component
@Order(0) // after Spring Security (-100): an anonymous caller is refused before it reserves anything
class MemoryBudgetFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(MemoryBudgetFilter.class);
    static final String RETRY_AFTER_SECONDS = "5";

    private final MemoryBudget budget;
    private final long chunkedBodyBytes;

    MemoryBudgetFilter(MeritProperties properties, @Value("${merit.decision-memory-budget:}") String configured) {
        this.budget = configured.isBlank() ? MemoryBudget.fromHeap(Runtime.getRuntime().maxMemory())
                : new MemoryBudget(DataSize.parse(configured).toBytes());
        this.chunkedBodyBytes = properties.maxRequestSize().toBytes();
        log.info("Decision memory budget: {} MB (merit.decision-memory-budget)", budget.totalBytes() / (1024 * 1024));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !(type.startsWith("application/json") || type.contains("+json"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared == 0) {
            chain.doFilter(request, response);
            return;
        }
        MemoryBudget.Reservation reservation = budget.tryReserve(declared > 0 ? declared : chunkedBodyBytes);
        if (reservation == null) {
            refuse(request, response);
            return;
        }
        try (reservation) {
            chain.doFilter(request, response);
        }
    }

    /**
     * 503 and the connection closes. The body is read and thrown away first (it costs no memory),
     * so that the caller, still sending, reads a clean answer rather than a reset connection.
     */
    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            ProblemResponses.dropBody(request.getInputStream(), Long.MAX_VALUE);
        } catch (IOException | RuntimeException e) {
            // a body over the size limit (its stream counts) or no body to read: the answer is the same
        }
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        ClosingRefusals.markClose(response);
        ProblemResponses.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "Service busy",
                "The service is deciding as many large requests as its memory allows "
                        + "(merit.decision-memory-budget); try again in " + RETRY_AFTER_SECONDS + " seconds.");
    }
}
