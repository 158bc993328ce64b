package com.meritarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every endpoint of CONTRACT.md and the README, and the policy staff's pages, called by every
 * kind of caller: nobody, a wrong password, and each user. The answer's class is what the role
 * table says: 401 (pages: the login form) without valid credentials, 403 for a role that may not,
 * anything else when the role may.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "MERIT_HR_PASSWORD=hr-secret", "MERIT_AUTHOR_PASSWORD=author-secret", "MERIT_ADMIN_PASSWORD=admin-secret",
        "merit.max-request-size=256KB", "merit.data-dir=target/it-data/${random.uuid}"})
class RoleMatrixIT {

    enum Role { NONE, DECIDE, AUTHOR, PUBLISH }

    enum Expected { UNAUTHENTICATED, FORBIDDEN, ALLOWED }

    /** One endpoint: how to call it harmlessly (bodies that fail validation or name no version) and the role it needs. */
    record Endpoint(String method, String path, String contentType, String body, Role role) {
        boolean page() {
            return path.startsWith("/ui");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final String MULTIPART = "multipart/form-data; boundary=b";
    /** A workbook AUTHOR may upload (cells are values; a .drl file would need PUBLISH), broken so that nothing is stored. */
    static final String UPLOAD = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"Broken.drl.xlsx\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\nnot a workbook\r\n--b--\r\n";

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/api/v1/decisions/annual", "application/json", "{}", Role.DECIDE),
            new Endpoint("POST", "/api/v1/decisions/quarterly", "application/json", "{}", Role.DECIDE),
            new Endpoint("POST", "/api/v1/decisions/step-down", "application/json", "{}", Role.DECIDE),
            new Endpoint("POST", "/api/v1/documents/annual", "application/json", "{}", Role.DECIDE),
            new Endpoint("POST", "/api/v1/documents/quarterly", "application/json", "{}", Role.DECIDE),
            new Endpoint("POST", "/api/v1/documents/step-down", "application/json", "{}", Role.DECIDE),
            new Endpoint("GET", "/api/v1/decisions/nosuchid", null, null, Role.DECIDE),
            new Endpoint("GET", "/api/v1/decisions", null, null, Role.AUTHOR),
            new Endpoint("GET", "/api/v1/decisions/nosuchid/request", null, null, Role.AUTHOR),
            new Endpoint("GET", "/api/v1/decisions/nosuchid/subjects/C001", null, null, Role.DECIDE),
            new Endpoint("DELETE", "/api/v1/decisions/nosuchid", null, null, Role.PUBLISH),
            new Endpoint("POST", "/api/v1/decisions/nosuchid/replay?ruleSet=nosuchid", null, null, Role.AUTHOR),
            new Endpoint("GET", "/api/v1/rulesets", null, null, Role.AUTHOR),
            new Endpoint("GET", "/api/v1/rulesets/nosuchid", null, null, Role.AUTHOR),
            new Endpoint("POST", "/api/v1/rulesets", MULTIPART, UPLOAD, Role.AUTHOR),
            new Endpoint("GET", "/api/v1/rulesets/nosuchid/files/Annual.drl.xlsx", null, null, Role.AUTHOR),
            new Endpoint("GET", "/api/v1/rulesets/nosuchid/changes?against=other", null, null, Role.AUTHOR),
            new Endpoint("PUT", "/api/v1/rulesets/active", "application/json", "{\"id\":\"nosuchid\"}", Role.PUBLISH),
            new Endpoint("POST", "/api/v1/simulations", "application/json", "{\"candidate\":\"nosuchid\"}", Role.AUTHOR),
            new Endpoint("GET", "/actuator/health", null, null, Role.NONE),
            new Endpoint("GET", "/actuator/health/liveness", null, null, Role.NONE),
            new Endpoint("GET", "/actuator/health/readiness", null, null, Role.NONE),
            new Endpoint("GET", "/actuator/prometheus", null, null, Role.NONE),
            new Endpoint("GET", "/v3/api-docs", null, null, Role.NONE),
            new Endpoint("GET", "/swagger-ui.html", null, null, Role.NONE),
            new Endpoint("GET", "/ui/login", null, null, Role.NONE),
            new Endpoint("GET", "/ui", null, null, Role.AUTHOR),
            new Endpoint("GET", "/ui/upload", null, null, Role.AUTHOR),
            new Endpoint("GET", "/ui/simulate", null, null, Role.AUTHOR),
            new Endpoint("GET", "/ui/documents", null, null, Role.DECIDE),
            new Endpoint("GET", "/ui/documents/warnings", null, null, Role.DECIDE),
            new Endpoint("GET", "/ui/why", null, null, Role.DECIDE),
            new Endpoint("GET", "/ui/publish", null, null, Role.PUBLISH));

    /** A caller: a user name and password, or nobody; and the roles it holds when the password is right. */
    record Caller(String name, String user, String password, Set<Role> roles) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Caller> CALLERS = List.of(
            new Caller("anonymous", null, null, Set.of()),
            new Caller("wrong password", "admin", "not-the-password", Set.of()),
            new Caller("hr", "hr", "hr-secret", Set.of(Role.DECIDE)),
            new Caller("author", "author", "author-secret", Set.of(Role.DECIDE, Role.AUTHOR)),
            new Caller("admin", "admin", "admin-secret", Set.of(Role.DECIDE, Role.AUTHOR, Role.PUBLISH)));

    @LocalServerPort
    int port;

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (Caller caller : CALLERS) {
                Expected expected = endpoint.role() == Role.NONE ? Expected.ALLOWED
                        : caller.user() == null || caller.roles().isEmpty() ? Expected.UNAUTHENTICATED
                        : caller.roles().contains(endpoint.role()) ? Expected.ALLOWED : Expected.FORBIDDEN;
                cases.add(Arguments.of(endpoint, caller, expected));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("matrix")
    void shouldAnswerEachCallerAsItsRoleAllows(Endpoint endpoint, Caller caller, Expected expected) throws Exception {
        HttpResponse<String> answer = endpoint.page() ? callPage(endpoint, caller) : callApi(endpoint, caller);
        int status = answer.statusCode();
        String location = answer.headers().firstValue("Location").orElse("");
        boolean toLogin = status == 302 && location.contains("/ui/login");
        switch (expected) {
            case UNAUTHENTICATED -> {
                if (endpoint.page()) {
                    assertThat(toLogin).as("%s → %d %s", endpoint, status, location).isTrue();
                } else {
                    assertThat(status).isEqualTo(401);
                    assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
                }
            }
            case FORBIDDEN -> assertThat(status).as("%s → %s", endpoint, answer.body()).isEqualTo(403);
            case ALLOWED -> assertThat(status).as("%s → %s", endpoint, answer.body())
                    .isNotIn(401, 403).matches(s -> !toLogin, "not sent to the login form");
        }
    }

    @Test
    void shouldAnswerHealthWhateverTheAuthorizationHeaderSays() throws Exception {
        for (String header : List.of("Basic " + Base64.getEncoder().encodeToString("admin:wrong".getBytes()), "Basic !!!",
                "Bearer x")) {
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/actuator/health")).header("Authorization", header).build(),
                    BodyHandlers.ofString());
            assertThat(health.statusCode()).as(header).isEqualTo(200);
            assertThat(health.body()).contains("UP");
        }
    }

    @Test
    void shouldTreatUserNamesCaseSensitively() throws Exception {
        Endpoint rulesets = ENDPOINTS.get(3);
        for (String user : List.of("ADMIN", "Admin", "HR")) {
            String password = user.toLowerCase() + "-secret";
            assertThat(callApi(rulesets, new Caller(user, user, password, Set.of())).statusCode()).as(user).isEqualTo(401);
        }
    }

    @Test
    void shouldNotListTheActuatorEndpoints() throws Exception {
        Endpoint index = new Endpoint("GET", "/actuator", null, null, Role.NONE);
        for (Caller caller : CALLERS) {
            HttpResponse<String> answer = callApi(index, caller);
            assertThat(answer.statusCode()).as(caller.name()).isIn(401, 404);
            assertThat(answer.body()).doesNotContain("_links");
        }
    }

    /**
     * Every endpoint the README names in a heading is in the matrix, so that a new one cannot be left
     * out; a heading's {@code {id}} stands for any one path segment.
     */
    @Test
    void shouldCoverEveryEndpointTheReadmeNames() throws Exception {
        Matcher heading = Pattern.compile("(?m)^## .*`(GET|POST|PUT|DELETE) (/[^`?]*)`").matcher(Files.readString(Path.of("README.md")));
        Set<String> named = new TreeSet<>();
        while (heading.find()) {
            named.add(heading.group(1) + " " + heading.group(2));
        }
        Set<String> covered = new TreeSet<>();
        // a call's query (the replay's ?ruleSet=) is not part of the path the README names
        ENDPOINTS.forEach(endpoint -> covered.add(endpoint.method() + " " + endpoint.path().replaceFirst("\\?.*", "")));
        assertThat(named).isNotEmpty();
        for (String endpoint : named) {
            Pattern template = Pattern.compile(Pattern.quote(endpoint).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q"));
            assertThat(covered).as("the README's " + endpoint).anyMatch(call -> template.matcher(call).matches());
        }
    }

    private HttpResponse<String> callApi(Endpoint endpoint, Caller caller) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + endpoint.path()))
                .method(endpoint.method(), endpoint.body() == null ? BodyPublishers.noBody()
                        : BodyPublishers.ofString(endpoint.body()));
        if (endpoint.contentType() != null) {
            request.header("Content-Type", endpoint.contentType());
        }
        if (caller.user() != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (caller.user() + ":" + caller.password()).getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), BodyHandlers.ofString());
    }

    /** Pages: logs in through the form (with its CSRF token) as a browser does, then opens the page. */
    private HttpResponse<String> callPage(Endpoint endpoint, Caller caller) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;
        if (caller.user() != null) {
            String form = browser.send(HttpRequest.newBuilder(URI.create(base + "/ui/login")).build(),
                    BodyHandlers.ofString()).body();
            Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(form);
            assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
            String fields = form(Map.of("username", caller.user(), "password", caller.password(), "_csrf", csrf.group(1)));
            browser.send(HttpRequest.newBuilder(URI.create(base + "/ui/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(BodyPublishers.ofString(fields)).build(), BodyHandlers.discarding());
        }
        return browser.send(HttpRequest.newBuilder(URI.create(base + endpoint.path())).build(), BodyHandlers.ofString());
    }

    private static String form(Map<String, String> fields) {
        List<String> pairs = new ArrayList<>();
        fields.forEach((name, value) -> pairs.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return String.join("&", pairs);
    }
}
