package com.meritarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's examples run as written. Every {@code ```bash} block that follows a line
 * {@code <!-- run -->} is run, in README order, by bash against a freshly started service (the
 * shipped rules, an empty data dir, the passwords of the README's start command): each block in a
 * shell of its own (so it obtains the ids it needs itself), {@code localhost:8080} replaced by the
 * service's port, from a folder holding the project's {@code examples} and {@code decision-tables}.
 * A block must exit 0 under {@code set -eo pipefail}: the blocks check their status codes
 * ({@code curl -f}, {@code -w '%{http_code}'}) and their key fields ({@code jq -e}) themselves.
 */
class ReadmeIT {

    static final String MARKER = "<!-- run -->";

    /** The runnable blocks of a README, in order. */
    static List<String> runnableBlocks(String readme) {
        List<String> blocks = new ArrayList<>();
        String[] lines = readme.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].strip().equals(MARKER)) {
                continue;
            }
            int start = i + 1;
            while (start < lines.length && lines[start].isBlank()) {
                start++;
            }
            if (start >= lines.length || !lines[start].strip().equals("```bash")) {
                throw new IllegalStateException("README line " + (i + 1) + ": " + MARKER + " is not followed by a ```bash block");
            }
            StringBuilder block = new StringBuilder();
            int end = start + 1;
            while (end < lines.length && !lines[end].strip().equals("```")) {
                block.append(lines[end]).append('\n');
                end++;
            }
            blocks.add(block.toString());
            i = end;
        }
        return blocks;
    }

    @Test
    void everyRunnableReadmeBlockRunsAsWritten(@TempDir Path dir) throws Exception {
        List<String> blocks = runnableBlocks(Files.readString(Path.of("README.md")));
        assertThat(blocks).as("runnable README blocks").hasSizeGreaterThanOrEqualTo(8);

        Path work = Files.createDirectories(dir.resolve("work"));
        Files.createSymbolicLink(work.resolve("examples"), Path.of("examples").toAbsolutePath());
        Files.createSymbolicLink(work.resolve("decision-tables"), Path.of("decision-tables").toAbsolutePath());
        try (ServiceProcess service = ServiceProcess.start(dir.resolve("data"), dir.resolve("service.log"))) {
            for (int i = 0; i < blocks.size(); i++) {
                String block = blocks.get(i).replace("localhost:8080", "localhost:" + service.port);
                Path out = dir.resolve("block-" + i + ".out");
                ProcessBuilder bash = new ProcessBuilder("bash", "-e", "-o", "pipefail", "-c", block)
                        .directory(work.toFile()).redirectErrorStream(true).redirectOutput(out.toFile());
                bash.environment().put("MERIT_HR_PASSWORD", "hr-secret");
                bash.environment().put("MERIT_AUTHOR_PASSWORD", "author-secret");
                bash.environment().put("MERIT_ADMIN_PASSWORD", "admin-secret");
                Process process = bash.start();
                boolean finished = process.waitFor(120, TimeUnit.SECONDS);
                if (!finished) {
                    process.destroyForcibly();
                }
                assertThat(finished && process.exitValue() == 0)
                        .as("README block %d exits 0:%n%s%n--- its output ---%n%s", i + 1, blocks.get(i), Files.readString(out))
                        .isTrue();
            }
        } finally {
            Files.delete(work.resolve("examples"));
            Files.delete(work.resolve("decision-tables"));
        }
    }
}
