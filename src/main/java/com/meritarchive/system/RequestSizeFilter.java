package com.meritarchive.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Enforces {@code merit.max-request-size}: a declared length over the limit is refused before the
 * body is handed on; a chunked body is counted while it is read and fails as soon as it passes the
 * limit. Either way, when what the caller is still sending is at most
 * {@code server.tomcat.max-swallow-size} (2 MB, what Tomcat would have read after the answer), it
 * is read and dropped first, and only then is the 413 answered: answered while the caller was still
 * sending, the answer raced the connection's close, and a caller under load sometimes saw the
 * connection reset instead of its 413 (16 of 1,200 calls with 300 KB against a 256 KB limit, four
 * callers at once; none of 1,200 after, nor of 1,200 chunked ones). A larger rest (a declared
 * length over both the limit and 2 MB, or a chunked body more than 2 MB over the limit) is not
 * read: the 413 is answered at once and the connection closed. (Tomcat tells a caller that sends
 * {@code Expect: 100-continue} to go on before the request reaches this filter, so it sends its
 * body too. Telling it only when the body is read, Tomcat's {@code continueResponseTiming=onRead},
 * refused such a caller before it sent anything, curl included, but left Java 17's
 * {@code HttpClient} with {@code expectContinue} waiting for ever on any refusal: not done.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeFilter extends OncePerRequestFilter {

    private final long limit;
    private final long dropUpTo;

    RequestSizeFilter(MeritProperties properties, ServerProperties server) {
        this.limit = properties.maxRequestSize().toBytes();
        long swallow = server.getTomcat().getMaxSwallowSize().toBytes();
        this.dropUpTo = swallow < 0 ? Long.MAX_VALUE : swallow;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            if (declared <= dropUpTo) {
                ProblemResponses.dropBody(request.getInputStream(), dropUpTo);
            }
            ProblemResponses.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, PayloadTooLargeException.TITLE,
                    new PayloadTooLargeException(limit).getMessage());
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit, dropUpTo), response);
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private final long dropUpTo;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit, long dropUpTo) {
            super(request);
            this.limit = limit;
            this.dropUpTo = dropUpTo;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit, dropUpTo);
            }
            return stream;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private final long dropUpTo;
        private long count;

        CountingStream(ServletInputStream in, long limit, long dropUpTo) {
            this.in = in;
            this.limit = limit;
            this.dropUpTo = dropUpTo;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(int n) {
            count += n;
            if (count > limit) {
                ProblemResponses.dropBody(in, dropUpTo);
                throw new PayloadTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
