package com.meritarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Callers without a password that send their body one byte every three seconds: the service
 * refuses them without reading the body and closes their connections, so they hold no worker
 * thread and health and decisions answer as fast as without them. (Before, Tomcat drained each
 * body after the 401: 200 such callers held every worker thread.)
 */
class SlowCallersIT {

    static final int CALLERS = 400;

    @Test
    void shouldAnswerHealthAndDecisionsWithinASecondWhile400AnonymousCallersTrickleTheirBodies(@TempDir Path dir)
            throws Exception {
        try (ServiceProcess service = ServiceProcess.start(dir.resolve("data"), dir.resolve("service.log"))) {
            ApiClient api = service.api();
            String county = ApiClient.example("annual_county.req.json");
            assertThat(api.postJson("/api/v1/decisions/annual", "hr", county).statusCode()).isEqualTo(200); // warm

            List<Socket> sockets = new ArrayList<>();
            ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
            try {
                for (int i = 0; i < CALLERS; i++) {
                    Socket socket = new Socket("localhost", service.port);
                    socket.setSoTimeout(10_000);
                    send(socket, ("POST /api/v1/decisions/annual HTTP/1.1\r\nHost: localhost\r\n"
                            + "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                    sockets.add(socket);
                }
                long opened = System.nanoTime();
                trickle.scheduleAtFixedRate(() -> sockets.forEach(socket -> send(socket, new byte[] {' '})), 0, 3,
                        TimeUnit.SECONDS);
                for (Socket socket : sockets) { // each is refused and closed, its body unread, while it still trickles
                    String answer = readToEnd(socket.getInputStream());
                    assertThat(answer).startsWith("HTTP/1.1 401").containsIgnoringCase("Connection: close")
                            .contains("application/problem+json");
                }
                System.out.printf("%d trickling anonymous callers refused and closed within %d ms%n", CALLERS,
                        millisSince(opened));

                long slowestHealth = 0;
                long slowestDecision = 0;
                for (int round = 0; round < 8; round++) { // 8 rounds of about a second: trickles twice or more
                    long start = System.nanoTime();
                    HttpResponse<String> health = api.get("/actuator/health", null);
                    slowestHealth = Math.max(slowestHealth, millisSince(start));
                    assertThat(health.statusCode()).isEqualTo(200);
                    start = System.nanoTime();
                    HttpResponse<String> decision = api.postJson("/api/v1/decisions/annual", "hr", county);
                    slowestDecision = Math.max(slowestDecision, millisSince(start));
                    assertThat(decision.statusCode()).isEqualTo(200);
                    Thread.sleep(1000);
                }
                System.out.printf("While they trickle on: slowest health %d ms, slowest county decision %d ms%n",
                        slowestHealth, slowestDecision);
                assertThat(slowestHealth).isLessThan(1000);
                assertThat(slowestDecision).isLessThan(1000);
            } finally {
                trickle.shutdownNow();
                for (Socket socket : sockets) {
                    socket.close();
                }
            }
        }
    }

    /** Reads what the service sent until it closed the connection (a read timeout fails the test). */
    private static String readToEnd(InputStream in) throws IOException {
        StringBuilder text = new StringBuilder();
        byte[] buffer = new byte[4096];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
        } catch (java.net.SocketException reset) {
            // closed by the service while bytes of ours were still unread: what was read is the answer
        }
        return text.toString();
    }

    private static void send(Socket socket, byte[] bytes) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(bytes);
            out.flush();
        } catch (IOException closed) {
            // the service closed it after its 401: expected
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
