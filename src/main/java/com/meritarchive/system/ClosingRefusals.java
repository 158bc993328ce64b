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
 * An answer that refuses a request (any 401 or 403, and answers marked {@code Connection: close}
 * such as the memory budget's 503) ends its connection
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
        // on the engine, so that it acts after the host's error pages: the action below marks the
        // exchange as failed, and an error page rendered after it would append a second body
        factory.addEngineValves(new NoDrainValve());
    }

    private static final class NoDrainValve extends ValveBase {

        NoDrainValve() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            getNext().invoke(request, response);
            int status = response.getStatus();
            boolean refused = status == 401 || status == 403 || "close".equalsIgnoreCase(response.getHeader("Connection"));
            if (refused && !request.isAsync()) {
                if (!response.isCommitted()) {
                    response.setHeader("Connection", "close");
                } else if (!"close".equalsIgnoreCase(response.getHeader("Connection"))) {
                    return; // already sent without telling the caller: closing now would break its next request
                }
                response.flushBuffer(); // the answer goes out first, then the connection closes
                request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
            }
        }
    }
}
