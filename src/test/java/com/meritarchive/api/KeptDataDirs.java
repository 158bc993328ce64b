package com.meritarchive.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Keeps what a service process recorded after it stops: its data dir is usually a JUnit temporary
 * folder, deleted with the test, but the reproducibility check (ReproducibilityIT, run after every
 * other IT) replays every decision recorded in the test suite, so the process's decision record and
 * rule-set store are copied under {@code target/it-data/service-processes/}. One copy per data dir,
 * replaced when a later process on the same data dir stops.
 */
final class KeptDataDirs {

    static final Path ROOT = Path.of("target", "it-data", "service-processes");
    private static final Map<Path, Path> COPIES = new ConcurrentHashMap<>();

    private KeptDataDirs() {
    }

    /** Copies the decision record and the rule sets of a stopped service's data dir, if it recorded anything. */
    static void keep(Path dataDir) {
        Path decisions = dataDir.resolve("decisions");
        if (!Files.isDirectory(decisions)) {
            return;
        }
        Path copy = COPIES.computeIfAbsent(dataDir.toAbsolutePath().normalize(), dir -> ROOT.resolve(UUID.randomUUID().toString()));
        try {
            deleteTree(copy);
            copyTree(decisions, copy.resolve("decisions"));
            copyTree(dataDir.resolve("rulesets"), copy.resolve("rulesets"));
            for (String file : new String[] {"active.json", "published.json"}) {
                if (Files.exists(dataDir.resolve(file))) {
                    Files.copy(dataDir.resolve(file), copy.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the data dir " + dataDir + " for the reproducibility check", e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
