package com.meritarchive.system;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * An answer that refuses a request (401, 403, 503 of the memory budget) ends its connection
 * without reading the rest of the body. Tomcat otherwise drains an unread body before it reuses
 * the connection, and a caller that sends one byte every few seconds holds a worker thread for
 * as long as it likes: 200 of them stop the service. Code that refuses marks its answer with
 * {@link #markClose}; this valve then tells Tomcat not to drain, and Tomcat closes the
 * connection once the answer is written.
 */
@Component
class ClosingRefusals implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    /** Marks an answer as the connection's last: its body is not read and the connection closes. */
    static void markClose(HttpServletResponse response) {
        response.setHeader("Connection", "close");
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextValves(new NoDrainValve());
    }

    private static final class NoDrainValve extends ValveBase {

        NoDrainValve() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            getNext().invoke(request, response);
            if ("close".equalsIgnoreCase(response.getHeader("Connection")) && !request.isAsync()) {
                response.flushBuffer(); // the answer goes out first, then the connection closes
                request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
            }
        }
    }
}
