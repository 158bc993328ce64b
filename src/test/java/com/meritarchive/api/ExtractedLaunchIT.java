package com.meritarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar} runs the service from a copy of the jar extracted under the data dir on its
 * first start, from the same copy afterwards, and from the nested jars when asked to or when the
 * copy cannot be written; each way it decides as it should and says in its log how it was launched.
 */
class ExtractedLaunchIT {

    private static final String COUNTY = "examples/annual_county.req.json";

    private static void decideACounty(ServiceProcess service) throws Exception {
        HttpResponse<String> decided = service.api().postJson("/api/v1/decisions/annual", "hr",
                Files.readString(Path.of(COUNTY)));
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        assertThat(decided.body()).contains("\"outcomes\"");
    }

    private static String log(Path data, Path log, String... args) throws Exception {
        try (ServiceProcess service = ServiceProcess.startQuickly(data, log, args)) {
            decideACounty(service);
            return service.log();
        }
    }

    @Test
    void shouldExtractOnTheFirstStartAndRunFromTheCopyAfterwards(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");

        String first = log(data, dir.resolve("first.log"));
        Path copy;
        try (Stream<Path> copies = Files.list(data.resolve("extracted"))) {
            copy = copies.findFirst().orElseThrow();
        }
        assertThat(first).containsPattern("Classes loaded extracted into \\S*" + copy.getFileName() + " \\(\\d+ jars");
        assertThat(copy.resolve("lib")).isDirectoryContaining(path -> path.getFileName().toString().startsWith("drools-core-"));

        String second = log(data, dir.resolve("second.log"));
        assertThat(second).containsPattern("Classes loaded from the copy extracted before in \\S*" + copy.getFileName());
    }

    @Test
    void shouldRunFromTheNestedJarsWhenToldTo(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");

        String log = log(data, dir.resolve("nested.log"), "--merit.extract=false");

        assertThat(log).contains("Classes loaded from the nested jars (merit.extract=false)");
        assertThat(data.resolve("extracted")).doesNotExist();
    }

    @Test
    void shouldRunFromTheNestedJarsWhenTheCopyCannotBeWritten(@TempDir Path dir) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("extracted"), "a file where the copies' folder would be");

        String log = log(data, dir.resolve("unwritable.log"));

        assertThat(log).contains("Classes loaded from the nested jars: extracting").contains("failed");
    }
}
