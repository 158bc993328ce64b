package com.meritarchive.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment examples under {@code deploy/} (README "Running several replicas") say what the
 * service really reads: the Kubernetes Deployment's probes are the actuator's paths, every Secret
 * key it names is in the example Secret, its environment variables are ones the service reads, and
 * the systemd unit, the Deployment and the Dockerfile start the jar with the same JVM options and
 * arguments. The same checks are run on copies with one mistake each, so that they are shown to fail.
 */
class DeployFilesTest {

    static final Path DEPLOY = Path.of("deploy");
    static final String READINESS = "/actuator/health/readiness";
    static final String LIVENESS = "/actuator/health/liveness";
    static final String PROMETHEUS = "/actuator/prometheus";
    /** Spring's relaxed binding: these environment variables are spring.datasource.url, .username, .password. */
    static final Set<String> DATASOURCE = Set.of("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD");
    /**
     * merit.store and merit.data-dir by relaxed binding (the examples pass them as arguments), and the JSON
     * log option of README "Observability": allowed in the environment.
     */
    static final Set<String> OTHER_PROPERTIES = Set.of("MERIT_STORE", "MERIT_DATA_DIR", "LOGGING_STRUCTURED_FORMAT_CONSOLE");

    /** The files, read once per check so that a mutation changes only its own copy. */
    record Deploy(Map<String, Object> deployment, Map<String, Object> secret, String unit, String env, String dockerfile,
                  Set<String> passwordVariables) {
    }

    static Deploy load() throws IOException {
        Yaml yaml = new Yaml();
        return new Deploy(yaml.load(Files.readString(DEPLOY.resolve("kubernetes/deployment.yaml"))),
                yaml.load(Files.readString(DEPLOY.resolve("kubernetes/secret.example.yaml"))),
                Files.readString(DEPLOY.resolve("systemd/merit-archive.service")),
                Files.readString(DEPLOY.resolve("systemd/env.example")),
                Files.readString(DEPLOY.resolve("Dockerfile")),
                passwordVariablesOfTheService());
    }

    /** The password variables the service reads, taken from its source (SecurityConfig's accounts). */
    static Set<String> passwordVariablesOfTheService() throws IOException {
        String source = Files.readString(Path.of("src/main/java/com/meritarchive/system/SecurityConfig.java"));
        Matcher matcher = Pattern.compile("\"(MERIT_[A-Z]+_PASSWORD)\"").matcher(source);
        Set<String> names = new TreeSet<>();
        while (matcher.find()) names.add(matcher.group(1));
        return names;
    }

    @Test
    void shouldReadTheThreePasswordVariablesFromTheServiceItself() throws IOException {
        assertThat(passwordVariablesOfTheService())
                .containsExactlyInAnyOrder("MERIT_HR_PASSWORD", "MERIT_AUTHOR_PASSWORD", "MERIT_ADMIN_PASSWORD");
    }

    @Test
    void shouldFindNothingWrongWithTheShippedFiles() throws IOException {
        assertThat(problems(load())).isEmpty();
    }

    @Test
    void shouldApplyEveryManifestButTheExampleSecret() throws IOException {
        Map<String, Object> kustomization = new Yaml().load(Files.readString(DEPLOY.resolve("kubernetes/kustomization.yaml")));
        List<String> resources = strings(kustomization.get("resources"));
        assertThat(resources).containsExactlyInAnyOrder("deployment.yaml", "service.yaml", "pdb.yaml")
                .allSatisfy(file -> assertThat(DEPLOY.resolve("kubernetes").resolve(file)).isRegularFile());
        Map<String, Object> service = new Yaml().load(Files.readString(DEPLOY.resolve("kubernetes/service.yaml")));
        Map<String, Object> labels = map(map(map(map(load().deployment(), "spec"), "template"), "metadata"), "labels");
        assertThat(labels).containsAllEntriesOf(map(map(service, "spec"), "selector"));
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                mistake("one replica", "replicas", d -> d.deployment().put("spec", with(map(d.deployment(), "spec"), "replicas", 1))),
                mistake("a rolling update that may take a replica away first", "maxUnavailable",
                        d -> map(map(map(d.deployment(), "spec"), "strategy"), "rollingUpdate").put("maxUnavailable", 1)),
                mistake("readiness on the health endpoint", "readinessProbe",
                        d -> map(map(container(d), "readinessProbe"), "httpGet").put("path", "/actuator/health")),
                mistake("liveness on a path Boot does not serve", "livenessProbe",
                        d -> map(map(container(d), "livenessProbe"), "httpGet").put("path", "/health/liveness")),
                mistake("a probe on another port", "port 9090",
                        d -> map(map(container(d), "startupProbe"), "httpGet").put("port", 9090)),
                mistake("no startup probe", "startupProbe", d -> container(d).remove("startupProbe")),
                mistake("a Secret key the example does not have", "hr-pass",
                        d -> secretKeyRef(d, "MERIT_HR_PASSWORD").put("key", "hr-pass")),
                mistake("another Secret's name", "merit-secrets",
                        d -> secretKeyRef(d, "MERIT_ADMIN_PASSWORD").put("name", "merit-secrets")),
                mistake("a misspelt variable", "MERIT_HR_PASSWRD",
                        d -> envEntry(d, "MERIT_HR_PASSWORD").put("name", "MERIT_HR_PASSWRD")),
                mistake("a password in the manifest", "SPRING_DATASOURCE_PASSWORD",
                        d -> {
                            Map<String, Object> entry = envEntry(d, "SPRING_DATASOURCE_PASSWORD");
                            entry.remove("valueFrom");
                            entry.put("value", "merit");
                        }),
                mistake("the embedded store", "merit.store=postgres",
                        d -> container(d).put("args", List.of("--merit.data-dir=/var/lib/merit-archive", "--server.port=8080"))),
                mistake("the default collector", "UseParallelGC", d -> container(d).put("command",
                        List.of("java", "-Xmx1g", "-XX:+ExitOnOutOfMemoryError", "-jar", "/opt/merit-archive/merit-archive.jar"))),
                mistake("a heap as large as the limit", "memory",
                        d -> map(map(container(d), "resources"), "limits").put("memory", "1Gi")),
                mistake("a data dir that is not mounted", "merit.data-dir",
                        d -> container(d).put("args", List.of("--merit.store=postgres", "--merit.data-dir=/data", "--server.port=8080"))),
                mistake("no scrape path", "prometheus",
                        d -> map(map(map(d.deployment(), "spec"), "template"), "metadata").put("annotations", Map.of())),
                mistake("a real password in the example Secret", "placeholder",
                        d -> map(d.secret(), "stringData").put("admin-password", "s3cret")),
                mistake("the unit without the database", "--merit.store=postgres", null),
                mistake("the unit with another heap", "-Xmx2g", null),
                mistake("an env file variable the service does not read", "MERIT_HR_PASS", null),
                mistake("a Dockerfile with another jar path", "/app/app.jar", null));
    }

    private static Arguments mistake(String description, String expected, Consumer<Deploy> change) {
        return Arguments.of(description, expected, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void shouldReportEachMistake(String description, String expected, Consumer<Deploy> change) throws IOException {
        Deploy deploy = load();
        if (change != null) {
            change.accept(deploy);
        } else {
            deploy = switch (expected) {
                case "--merit.store=postgres" -> new Deploy(deploy.deployment(), deploy.secret(),
                        deploy.unit().replace(" --merit.store=postgres", ""), deploy.env(), deploy.dockerfile(), deploy.passwordVariables());
                case "-Xmx2g" -> new Deploy(deploy.deployment(), deploy.secret(), deploy.unit().replace("-Xmx1g", "-Xmx2g"),
                        deploy.env(), deploy.dockerfile(), deploy.passwordVariables());
                case "MERIT_HR_PASS" -> new Deploy(deploy.deployment(), deploy.secret(), deploy.unit(),
                        deploy.env().replace("MERIT_HR_PASSWORD=", "MERIT_HR_PASS="), deploy.dockerfile(), deploy.passwordVariables());
                case "/app/app.jar" -> new Deploy(deploy.deployment(), deploy.secret(), deploy.unit(), deploy.env(),
                        deploy.dockerfile().replace("\"/opt/merit-archive/merit-archive.jar\"", "\"/app/app.jar\""),
                        deploy.passwordVariables());
                default -> throw new IllegalArgumentException(expected);
            };
        }
        assertThat(problems(deploy)).as(description).isNotEmpty().anySatisfy(problem -> assertThat(problem).contains(expected));
    }

    // ------------------------------------------------------------------ the checks

    static List<String> problems(Deploy d) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> spec = map(d.deployment(), "spec");
        Map<String, Object> container = container(d);

        if (!(spec.get("replicas") instanceof Integer replicas) || replicas < 2) {
            problems.add("Deployment: replicas must be 2 or more, is " + spec.get("replicas"));
        }
        Object maxUnavailable = map(map(spec, "strategy"), "rollingUpdate").get("maxUnavailable");
        if (!Objects.equals(maxUnavailable, 0)) problems.add("Deployment: rollingUpdate.maxUnavailable must be 0, is " + maxUnavailable);

        // the command: JVM options, the jar, the service's arguments
        List<String> command = strings(container.get("command"));
        List<String> args = strings(container.get("args"));
        int port = intArgument(args, "--server.port", 8080);
        Object containerPort = list(container.get("ports")).stream().map(p -> map(p).get("containerPort")).findFirst().orElse(null);
        if (!Objects.equals(containerPort, port)) problems.add("Deployment: containerPort " + containerPort + " is not --server.port " + port);
        String portName = list(container.get("ports")).stream().map(p -> String.valueOf(map(p).get("name"))).findFirst().orElse("");

        // probes: the actuator's health groups, on the service's port
        Map<String, String> probes = new LinkedHashMap<>();
        probes.put("startupProbe", LIVENESS);
        probes.put("livenessProbe", LIVENESS);
        probes.put("readinessProbe", READINESS);
        probes.forEach((probe, path) -> {
            if (!(container.get(probe) instanceof Map<?, ?>)) {
                problems.add("Deployment: no " + probe);
                return;
            }
            Map<String, Object> get = map(map(container, probe), "httpGet");
            if (!path.equals(get.get("path"))) problems.add("Deployment: " + probe + " path must be " + path + ", is " + get.get("path"));
            Object probePort = get.get("port");
            if (!Objects.equals(probePort, port) && !Objects.equals(probePort, portName)) {
                problems.add("Deployment: " + probe + " port " + probePort + " is not the service's port " + port);
            }
        });
        Map<String, Object> annotations = map(map(map(spec, "template"), "metadata"), "annotations");
        if (!PROMETHEUS.equals(annotations.get("prometheus.io/path")) || !"true".equals(annotations.get("prometheus.io/scrape"))
                || !String.valueOf(port).equals(annotations.get("prometheus.io/port"))) {
            problems.add("Deployment: prometheus.io annotations must scrape " + PROMETHEUS + " on port " + port + ", are " + annotations);
        }

        // environment: only what the service reads, the passwords and the database's from the Secret
        Set<String> secretKeys = map(d.secret(), "stringData").keySet();
        String secretName = String.valueOf(map(d.secret(), "metadata").get("name"));
        Set<String> envNames = new LinkedHashSet<>();
        for (Object item : list(container.get("env"))) {
            Map<String, Object> entry = map(item);
            String name = String.valueOf(entry.get("name"));
            envNames.add(name);
            if (!readByTheService(d, name)) problems.add("Deployment: env " + name + " is not read by the service");
            if (name.endsWith("PASSWORD") && !(entry.get("valueFrom") instanceof Map<?, ?>)) {
                problems.add("Deployment: env " + name + " must come from the Secret, not a value in the manifest");
            }
            if (entry.get("valueFrom") instanceof Map<?, ?> from && from.get("secretKeyRef") instanceof Map<?, ?> ref) {
                if (!secretName.equals(ref.get("name"))) {
                    problems.add("Deployment: env " + name + " reads Secret " + ref.get("name") + ", the example Secret is " + secretName);
                }
                if (!secretKeys.contains(String.valueOf(ref.get("key")))) {
                    problems.add("Deployment: env " + name + " reads key " + ref.get("key") + ", not in the example Secret " + secretKeys);
                }
            }
        }
        for (String required : required(d)) {
            if (!envNames.contains(required)) problems.add("Deployment: env " + required + " is missing");
        }
        map(d.secret(), "stringData").forEach((key, value) -> {
            if (key.endsWith("password") && !String.valueOf(value).startsWith("CHANGE-ME")) {
                problems.add("Secret example: " + key + " must be a placeholder starting with CHANGE-ME, is " + value);
            }
        });
        boolean postgresByEnv = list(container.get("env")).stream().map(DeployFilesTest::map)
                .anyMatch(e -> "MERIT_STORE".equals(e.get("name")) && "postgres".equals(e.get("value")));
        if (!args.contains("--merit.store=postgres") && !postgresByEnv) {
            problems.add("Deployment: neither --merit.store=postgres nor MERIT_STORE=postgres");
        }

        if (!command.contains("-XX:+UseParallelGC")) {
            problems.add("Deployment: no -XX:+UseParallelGC (the collector the province-scale figures were measured with)");
        }

        // memory: the heap inside the limit, with room for metaspace, code and threads
        Map<String, Object> resources = map(container, "resources");
        long xmx = bytes(command.stream().filter(o -> o.startsWith("-Xmx")).findFirst().orElse("-Xmx0").substring(4));
        long limit = bytes(String.valueOf(map(resources, "limits").get("memory")));
        long request = bytes(String.valueOf(map(resources, "requests").get("memory")));
        if (xmx == 0 || limit < xmx + (256L << 20)) {
            problems.add("Deployment: memory limit " + (limit >> 20) + " MiB must exceed -Xmx " + (xmx >> 20) + " MiB by 256 MiB or more");
        }
        if (request != limit) problems.add("Deployment: memory request and limit must be equal (the heap does not shrink)");

        // merit.data-dir: an emptyDir mounted where the argument says
        String dataDir = stringArgument(args, "--merit.data-dir");
        Set<String> emptyDirs = list(map(map(spec, "template"), "spec").get("volumes")).stream().map(DeployFilesTest::map)
                .filter(v -> v.containsKey("emptyDir")).map(v -> String.valueOf(v.get("name"))).collect(Collectors.toSet());
        boolean mounted = list(container.get("volumeMounts")).stream().map(DeployFilesTest::map)
                .anyMatch(m -> Objects.equals(m.get("mountPath"), dataDir) && emptyDirs.contains(String.valueOf(m.get("name"))));
        if (!mounted) problems.add("Deployment: --merit.data-dir=" + dataDir + " is not an emptyDir volume mount");

        // the systemd unit and the Dockerfile start the same jar the same way
        List<String> execStart = execStart(d.unit());
        if (execStart.isEmpty()) {
            problems.add("systemd: no ExecStart");
        } else {
            compare(problems, "systemd ExecStart", execStart.subList(1, execStart.size()), command.subList(1, command.size()), args);
        }
        for (String key : List.of("User=merit", "EnvironmentFile=/etc/merit-archive/env", "Restart=on-failure", "NoNewPrivileges=yes",
                "ProtectSystem=strict", "ReadWritePaths=" + dataDir, "WorkingDirectory=" + dataDir)) {
            if (!d.unit().lines().map(String::strip).toList().contains(key)) problems.add("systemd: no line " + key);
        }
        Set<String> envFileNames = d.env().lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.substring(0, Math.max(0, l.indexOf('=')))).collect(Collectors.toCollection(LinkedHashSet::new));
        for (String name : envFileNames) {
            if (!readByTheService(d, name)) problems.add("systemd env.example: " + name + " is not read by the service");
        }
        for (String name : required(d)) {
            if (!envFileNames.contains(name)) problems.add("systemd env.example: " + name + " is missing");
        }
        List<String> entrypoint = dockerArray(d.dockerfile(), "ENTRYPOINT");
        List<String> cmd = dockerArray(d.dockerfile(), "CMD");
        if (entrypoint.isEmpty()) {
            problems.add("Dockerfile: no ENTRYPOINT [\"java\", ...]");
        } else {
            compare(problems, "Dockerfile ENTRYPOINT and CMD", Stream.concat(entrypoint.stream().skip(1), cmd.stream()).toList(),
                    command.subList(1, command.size()), args);
        }
        return problems;
    }

    /** {@code actual} (after the java binary) must be the Deployment's JVM options, jar and arguments. */
    private static void compare(List<String> problems, String what, List<String> actual, List<String> jvmAndJar, List<String> args) {
        List<String> expected = Stream.concat(jvmAndJar.stream(), args.stream()).toList();
        if (!actual.equals(expected)) {
            List<String> missing = expected.stream().filter(a -> !actual.contains(a)).toList();
            List<String> extra = actual.stream().filter(a -> !expected.contains(a)).toList();
            problems.add(what + " differs from the Deployment's command and args: " + actual + " instead of " + expected
                    + " (missing " + missing + ", extra " + extra + ")");
        }
    }

    private static Set<String> required(Deploy d) {
        Set<String> required = new TreeSet<>(d.passwordVariables());
        required.addAll(DATASOURCE);
        return required;
    }

    private static boolean readByTheService(Deploy d, String name) {
        return d.passwordVariables().contains(name) || DATASOURCE.contains(name) || OTHER_PROPERTIES.contains(name);
    }

    static List<String> execStart(String unit) {
        return unit.lines().map(String::strip).filter(l -> l.startsWith("ExecStart=")).findFirst()
                .map(l -> Arrays.asList(l.substring("ExecStart=".length()).strip().split("\\s+"))).orElse(List.of())
                .stream().map(token -> token.equals("/usr/bin/java") ? "java" : token).toList();
    }

    static List<String> dockerArray(String dockerfile, String instruction) {
        return dockerfile.lines().filter(l -> l.startsWith(instruction + " [")).findFirst()
                .map(l -> {
                    Matcher m = Pattern.compile("\"([^\"]*)\"").matcher(l);
                    List<String> items = new ArrayList<>();
                    while (m.find()) items.add(m.group(1));
                    return items;
                }).orElse(List.of());
    }

    static long bytes(String quantity) {
        Matcher m = Pattern.compile("(\\d+)([kKmMgG]i?)?").matcher(quantity.strip());
        if (!m.matches()) return 0;
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "" : m.group(2).toLowerCase().substring(0, 1);
        return switch (unit) {
            case "k" -> n << 10;
            case "m" -> n << 20;
            case "g" -> n << 30;
            default -> n;
        };
    }

    private static String stringArgument(List<String> args, String name) {
        return args.stream().filter(a -> a.startsWith(name + "=")).map(a -> a.substring(name.length() + 1)).findFirst().orElse(null);
    }

    private static int intArgument(List<String> args, String name, int otherwise) {
        String value = stringArgument(args, name);
        return value == null ? otherwise : Integer.parseInt(value);
    }

    // ------------------------------------------------------------------ YAML plumbing

    static Map<String, Object> container(Deploy d) {
        return map(list(map(map(map(d.deployment(), "spec"), "template"), "spec").get("containers")).get(0));
    }

    static Map<String, Object> envEntry(Deploy d, String name) {
        return list(container(d).get("env")).stream().map(DeployFilesTest::map).filter(e -> name.equals(e.get("name")))
                .findFirst().orElseThrow();
    }

    static Map<String, Object> secretKeyRef(Deploy d, String name) {
        return map(map(envEntry(d, name), "valueFrom"), "secretKeyRef");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
    }

    static Map<String, Object> map(Map<String, Object> parent, String key) {
        return map(parent.get(key));
    }

    static List<Object> list(Object value) {
        return value instanceof List<?> l ? new ArrayList<>(l) : List.of();
    }

    static List<String> strings(Object value) {
        return list(value).stream().map(String::valueOf).toList();
    }

    private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
        map.put(key, value);
        return map;
    }
}
