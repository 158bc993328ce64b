package com.meritarchive.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Sends a JSON body byte for byte (broken UTF-8, content after the value) with any Accept header:
 * what a careless or hostile caller sends, and what {@link ApiClient}'s string bodies cannot.
 */
final class RawRequests {

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    RawRequests(int port) {
        this.port = port;
    }

    /** {@code user}'s password is {@code <user>-secret}, as the ITs start the service; {@code accept} may be null. */
    HttpResponse<String> send(String method, String path, String user, byte[] body, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user + "-secret").getBytes(StandardCharsets.UTF_8)));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String user, String body, String accept) throws Exception {
        return send("POST", path, user, body.getBytes(StandardCharsets.UTF_8), accept);
    }
}
