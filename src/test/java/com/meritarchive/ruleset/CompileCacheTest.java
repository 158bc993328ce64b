package com.meritarchive.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.meritarchive.decision.AnnualDecider;
import com.meritarchive.decision.QuarterlyDecider;
import com.meritarchive.decision.StepDownDecider;
import com.meritarchive.request.AnnualRequest;
import com.meritarchive.testing.SeededCounty;
import com.meritarchive.request.AssessmentInput;
import com.meritarchive.request.CadreInput;
import com.meritarchive.request.QuarterlyRequest;
import com.meritarchive.request.RecordInput;
import com.meritarchive.request.StepDownRequest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A version compiled once is read from the data dir's compile cache afterwards, decides exactly
 * as the freshly compiled one, and a damaged cache file is noticed and compiled over.
 */
class CompileCacheTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RuleSetFiles SHIPPED = RuleSetFiles.readFolders(List.of(Path.of("rules"), Path.of("decision-tables")));
    private static CompiledRuleSet fresh;
    private static CompiledRuleSet cached;

    @TempDir
    Path data;

    @BeforeAll
    static void compileOnceAndReadBack(@TempDir Path folder) {
        CompileCache cache = new CompileCache(folder);
        fresh = new RuleSetCompiler(new SimpleMeterRegistry(), cache).compile(SHIPPED);
        cached = cache.load(SHIPPED.sha256()).orElseThrow();
    }

    @Test
    void shouldReadAVersionCompiledBeforeInsteadOfCompilingItAgain() {
        SimpleMeterRegistry first = new SimpleMeterRegistry();
        SimpleMeterRegistry second = new SimpleMeterRegistry();

        CompiledRuleSet compiled = new RuleSetCompiler(first, new CompileCache(data)).compile(SHIPPED);
        CompiledRuleSet read = new RuleSetCompiler(second, new CompileCache(data)).compile(SHIPPED);

        assertThat(compilations(first)).isEqualTo(1);
        assertThat(compilations(second)).as("a restart reads the cache").isZero();
        assertThat(read).isNotSameAs(compiled);
        assertThat(read.id()).isEqualTo(compiled.id());
        assertThat(read.sha256()).isEqualTo(compiled.sha256());
        assertThat(read.rulesPerFile()).isEqualTo(compiled.rulesPerFile());
        assertThat(read.tableRows()).isEqualTo(compiled.tableRows());
        assertThat(read.codes().outcomeNames()).isEqualTo(compiled.codes().outcomeNames());
        assertThat(read.ruleCount()).isEqualTo(fresh.ruleCount());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42, 2017, 31337})
    void shouldDecideAnnualExactlyAsTheFreshlyCompiledRuleSet(long seed) throws Exception {
        AnnualRequest county = SeededCounty.annual(new Random(seed));

        String expected = JSON.writeValueAsString(new AnnualDecider().decide(county, fresh));

        assertThat(JSON.writeValueAsString(new AnnualDecider().decide(county, cached))).isEqualTo(expected);
        assertThat(expected).contains("ANNUAL_");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42, 2017, 31337})
    void shouldDecideQuarterlyExactlyAsTheFreshlyCompiledRuleSet(long seed) throws Exception {
        Random random = new Random(seed);
        AnnualRequest county = SeededCounty.annual(random);
        for (int quarter = 1; quarter <= 4; quarter++) {
            QuarterlyRequest request = quarter(county, quarter, random);

            String expected = JSON.writeValueAsString(new QuarterlyDecider().decide(request, fresh));

            assertThat(JSON.writeValueAsString(new QuarterlyDecider().decide(request, cached))).isEqualTo(expected);
            assertThat(expected).contains("\"newRecords\":[{");
        }
    }

    @Test
    void shouldDecideStepDownExactlyAsTheFreshlyCompiledRuleSet() throws Exception {
        for (String managedBy : List.of("ORG_DEPT", "HR_BUREAU")) {
            for (int both = 0; both < 4; both++) {
                StepDownRequest request = new StepDownRequest(new CadreInput("C1", "c", "U1", managedBy), (both & 1) == 1,
                        (both & 2) == 2);
                assertThat(JSON.writeValueAsString(new StepDownDecider().decide(request, cached)))
                        .isEqualTo(JSON.writeValueAsString(new StepDownDecider().decide(request, fresh)));
            }
        }
    }

    @Test
    void shouldCompileAgainOverADamagedFile() throws Exception {
        CompileCache cache = new CompileCache(data);
        new RuleSetCompiler(new SimpleMeterRegistry(), cache).compile(SHIPPED);
        Path file = cache.fileOf(SHIPPED.sha256());
        byte[] good = Files.readAllBytes(file);
        for (byte[] damaged : List.of(flipped(good, good.length / 2), truncated(good, good.length - 1000),
                truncated(good, 20), new byte[0], "MERITKB1 not a kbase".getBytes(StandardCharsets.US_ASCII),
                checksummed("not serialized Drools packages".getBytes(StandardCharsets.US_ASCII)),
                checksummed(serialized(new org.springframework.util.LinkedMultiValueMap<String, String>())))) {
            Files.write(file, damaged);
            SimpleMeterRegistry meters = new SimpleMeterRegistry();

            CompiledRuleSet compiled = new RuleSetCompiler(meters, cache).compile(SHIPPED);

            assertThat(compilations(meters)).as("damaged, so compiled").isEqualTo(1);
            assertThat(compiled.ruleCount()).isEqualTo(fresh.ruleCount());
            assertThat(cache.load(SHIPPED.sha256())).as("written again").isPresent();
        }
    }

    @Test
    void shouldTakeTheVersionReadAheadAtStart() {
        new RuleSetCompiler(new SimpleMeterRegistry(), new CompileCache(data)).compile(SHIPPED);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();

        CompileCache.preload(data);
        CompiledRuleSet read = new RuleSetCompiler(meters, new CompileCache(data)).compile(SHIPPED);

        assertThat(compilations(meters)).isZero();
        assertThat(read.ruleCount()).isEqualTo(fresh.ruleCount());
    }

    @Test
    void shouldNotCacheARuleSetThatDoesNotCompile() throws Exception {
        SortedMap<String, byte[]> files = new TreeMap<>(SHIPPED.files());
        files.put("broken.drl", "package merit; rule \"X\" when then nonsense( end".getBytes(StandardCharsets.UTF_8));
        RuleSetCompiler compiler = new RuleSetCompiler(new SimpleMeterRegistry(), new CompileCache(data));

        assertThatThrownBy(() -> compiler.compile(new RuleSetFiles(files))).isInstanceOf(RuleSetInvalidException.class);

        assertThat(Files.exists(data)).isTrue();
        try (Stream<Path> entries = Files.list(data)) {
            assertThat(entries).isEmpty();
        }
    }

    @Test
    void shouldNameFilesByRuleSetAndBuild() {
        CompileCache cache = new CompileCache(data);

        assertThat(cache.fileOf(SHIPPED.sha256()).getFileName().toString())
                .startsWith(SHIPPED.sha256() + "-" + BuildKey.value()).endsWith(".kbase");
        assertThat(BuildKey.value()).hasSize(16).isEqualTo(BuildKey.value());
    }

    @Test
    void shouldKeepOnlyTheMostRecentlyUsedVersions() throws Exception {
        CompileCache cache = new CompileCache(data);
        RuleSetCompiler compiler = new RuleSetCompiler(new SimpleMeterRegistry(), cache);
        for (int i = 0; i <= CompileCache.ENTRIES; i++) {
            SortedMap<String, byte[]> files = new TreeMap<>(SHIPPED.files());
            files.put("extra.drl", ("package merit;\n// variant " + i + "\n").getBytes(StandardCharsets.UTF_8));
            compiler.compile(new RuleSetFiles(files));
        }
        try (Stream<Path> entries = Files.list(data)) {
            assertThat(entries.filter(p -> p.toString().endsWith(".kbase"))).hasSize(CompileCache.ENTRIES);
        }
    }

    private static long compilations(SimpleMeterRegistry meters) {
        return meters.find("merit.ruleset.compile").timers().stream().mapToLong(t -> t.count()).sum();
    }

    private static byte[] flipped(byte[] bytes, int at) {
        byte[] copy = bytes.clone();
        copy[at] ^= 0x5a;
        return copy;
    }

    /** An object of a class a cache file may not name (the filter refuses it before it is made). */
    private static byte[] serialized(java.io.Serializable object) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        return bytes.toByteArray();
    }

    /** A file whose checksum is right but whose content is not a cache entry. */
    private static byte[] checksummed(byte[] body) throws Exception {
        java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
        file.write("MERITKB1".getBytes(StandardCharsets.US_ASCII));
        file.write(java.security.MessageDigest.getInstance("SHA-256").digest(body));
        file.write(body);
        return file.toByteArray();
    }

    private static byte[] truncated(byte[] bytes, int length) {
        return java.util.Arrays.copyOf(bytes, length);
    }


    /** 60 rankings of the quarter, each with a lead unit and a group of four, over the county's earlier records. */
    private static QuarterlyRequest quarter(AnnualRequest county, int quarter, Random random) {
        List<AssessmentInput> assessments = new ArrayList<>();
        List<String> roles = List.of("LEADER", "COORDINATOR", "BUSINESS_LEAD", "MEMBER");
        for (int a = 0; a < 60; a++) {
            int rankedCount = 5 + random.nextInt(20);
            List<AssessmentInput.GroupMemberInput> group = new ArrayList<>();
            for (int m = 0; m < 4; m++) {
                group.add(new AssessmentInput.GroupMemberInput(county.cadres().get(random.nextInt(county.cadres().size())).id(),
                        roles.get(m)));
            }
            assessments.add(new AssessmentInput("A" + quarter + "-" + a, "KW" + random.nextInt(5), "task " + a,
                    "I" + random.nextInt(4), 1 + random.nextInt(rankedCount), rankedCount,
                    random.nextBoolean() ? null : 1 + random.nextInt(rankedCount), county.units().get(random.nextInt(40)).id(),
                    List.copyOf(group)));
        }
        List<RecordInput> earlier = county.records().stream()
                .filter(r -> r.year() == 2016 || r.quarter() < quarter).toList();
        return new QuarterlyRequest(2017, quarter, county.units(), county.cadres(), assessments, earlier);
    }
}
