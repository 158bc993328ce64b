package com.meritarchive.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/** Calls the service over real HTTP as the HR system does, with the passwords the ITs start it with. */
final class ApiClient {

    static final String PASSWORDS = "MERIT_HR_PASSWORD=hr-secret";
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    ApiClient(int port) {
        this.port = port;
    }

    HttpResponse<String> send(String method, String path, String user, String password, String contentType,
            BodyPublisher body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String user, String password, String contentType, BodyPublisher body)
            throws Exception {
        return send("POST", path, user, password, contentType, body);
    }

    /** POSTs JSON as {@code user} whose password is {@code <user>-secret}. */
    HttpResponse<String> postJson(String path, String user, String body) throws Exception {
        return post(path, user, user + "-secret", "application/json", BodyPublishers.ofString(body));
    }

    HttpResponse<String> get(String path, String user) throws Exception {
        return send("GET", path, user, user == null ? null : user + "-secret", null, BodyPublishers.noBody());
    }

    /** POSTs files as multipart/form-data parts named {@code file}, as a browser form or curl -F does. */
    HttpResponse<String> postFiles(String path, String user, Map<String, byte[]> files) throws Exception {
        String boundary = "merit-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getKey()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(file.getValue());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(path, user, user + "-secret", "multipart/form-data; boundary=" + boundary,
                BodyPublishers.ofByteArray(body.toByteArray()));
    }

    HttpResponse<byte[]> getBytes(String path, String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user + "-secret").getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        return http.send(request, BodyHandlers.ofByteArray());
    }

    /** POSTs JSON as {@code user} and reads the answer as bytes (a workbook), optionally with an Accept header. */
    HttpResponse<byte[]> sendBytes(String path, String user, String json, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user + "-secret").getBytes(StandardCharsets.UTF_8)))
                .POST(BodyPublishers.ofString(json));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), BodyHandlers.ofByteArray());
    }

    HttpResponse<String> putJson(String path, String user, String body) throws Exception {
        return send("PUT", path, user, user + "-secret", "application/json", BodyPublishers.ofString(body));
    }

    static String example(String name) throws Exception {
        return Files.readString(Path.of("examples", name));
    }

    /** The answer's text without its leading {@code "decisionId"} member, new for each decision: the rest byte for byte. */
    static String withoutDecisionId(String body) {
        return body.replaceFirst("^\\{\"decisionId\":\"[^\"]*\",", "{");
    }

    /** The answer without its {@code ruleSet}, which changes whenever a rule file does, and its {@code decisionId}, new each time. */
    static JsonNode withoutRuleSet(String body) throws Exception {
        JsonNode answer = JSON.readTree(body);
        ((ObjectNode) answer).remove("ruleSet");
        ((ObjectNode) answer).remove("decisionId");
        return answer;
    }
}
