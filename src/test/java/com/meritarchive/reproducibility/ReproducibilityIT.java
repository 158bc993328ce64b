package com.meritarchive.reproducibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.luben.zstd.Zstd;
import com.meritarchive.decision.Redecider;
import com.meritarchive.decisionlog.DecisionEntry;
import com.meritarchive.decisionlog.DecisionKind;
import com.meritarchive.decisionlog.DecisionLog;
import com.meritarchive.decisionlog.RecordedBodies;
import com.meritarchive.decisionlog.SqliteDecisionLog;
import com.meritarchive.ruleset.RuleSetCompiler;
import com.meritarchive.system.MeritProperties;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The reproducibility check (README "Replay"): every decision recorded anywhere in the test suite,
 * replayed with its own version, gives its recorded answer byte for byte. Failsafe runs this class
 * in an execution of its own after every other IT (pom.xml), so it finds each data dir the suite
 * left under {@code target/}: the ITs' {@code target/it-data/…} and the copies the service
 * processes leave there ({@code api.KeptDataDirs}). A mismatch fails the build; the second test
 * shows that an altered answer is caught.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "MERIT_HR_PASSWORD=hr-secret", "MERIT_AUTHOR_PASSWORD=author-secret", "MERIT_ADMIN_PASSWORD=admin-secret",
        "merit.data-dir=target/it-data/reproducibility-${random.uuid}"})
class ReproducibilityIT {

    @Autowired
    Redecider redecider;
    @Autowired
    RuleSetCompiler compiler;
    @Autowired
    DecisionLog log;
    @Autowired
    MeritProperties properties;
    @Autowired
    TestRestTemplate http;

    @Test
    void shouldReproduceEveryRecordedAnswerUnderTargetByteForByte() throws Exception {
        List<Path> dataDirs = RecordReplayCheck.dataDirsUnder(Path.of("target"));

        RecordReplayCheck.Report report = new RecordReplayCheck(redecider, compiler).checkAll(dataDirs);

        String summary = "Reproducibility check: " + report.checked() + " recorded decisions replayed in "
                + report.dataDirs() + " data dirs under target/, " + report.reproduced() + " byte for byte, "
                + report.mismatches().size() + " mismatches; " + report.documents() + " documents records decided again (answer "
                + "not compared), " + report.deletions() + " deletions (nothing to replay)";
        Files.writeString(Path.of("target", "reproducibility.txt"), summary + "\n" + report.mismatches().stream()
                .map(Object::toString).collect(Collectors.joining("\n")) + "\n");
        System.out.println(summary);
        assertThat(report.mismatches()).as(summary).isEmpty();
    }

    @Test
    void shouldReportARecordWhoseStoredAnswerWasAltered(@TempDir Path fixture) throws Exception {
        String id = decideTheCountyExample();
        DecisionEntry real = log.find(id, true).orElseThrow();
        String answer = new String(RecordedBodies.answer(real), StandardCharsets.UTF_8);
        assertThat(answer).contains("\"ANNUAL_EXCELLENT\"");
        String altered = answer.replaceFirst("\"ANNUAL_EXCELLENT\"", "\"ANNUAL_COMPETENT\"");
        // the fixture: this service's rule-set store, and a record holding the real decision and an altered copy
        copyTree(properties.dataDir().resolve("rulesets"), fixture.resolve("rulesets"));
        try (DecisionLog copy = new SqliteDecisionLog(fixture.resolve("decisions"))) {
            copy.append(real);
            copy.append(withAnswer(real, UUID.randomUUID().toString(), altered));
        }

        RecordReplayCheck.Report report = new RecordReplayCheck(redecider, compiler).check(fixture);

        assertThat(report.reproduced()).as("the real record").isEqualTo(1);
        assertThat(report.mismatches()).hasSize(1);
        assertThat(report.mismatches().get(0).what()).contains("the answers differ", "ANNUAL_COMPETENT");
    }

    private String decideTheCountyExample() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBasicAuth("hr", "hr-secret");
        ResponseEntity<String> decided = http.postForEntity("/api/v1/decisions/annual",
                new HttpEntity<>(Files.readString(Path.of("examples/annual_county.req.json")), headers), String.class);
        assertThat(decided.getStatusCode().value()).as(decided.getBody()).isEqualTo(200);
        return decided.getBody().replaceFirst("^\\{\"decisionId\":\"([^\"]*)\".*$", "$1");
    }

    /** The entry under a new id, its answer {@code answer} with that id in it. */
    private static DecisionEntry withAnswer(DecisionEntry entry, String id, String answer) {
        byte[] bytes = answer.replace(entry.id(), id).getBytes(StandardCharsets.UTF_8);
        return new DecisionEntry(id, DecisionKind.ANNUAL, entry.year(), entry.quarter(), entry.decidedAt(),
                entry.decidedBy(), entry.ruleSetId(), entry.ruleSetSha256(), entry.requestSha256(), entry.requestBody(),
                Zstd.compress(bytes, 1), entry.subjectIds(), null);
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
