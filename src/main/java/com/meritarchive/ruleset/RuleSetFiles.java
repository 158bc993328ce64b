package com.meritarchive.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files of one rule set by name, in name order. Its sha256 identifies the rule set: it is
 * taken over, for each file in name order, the UTF-8 name, a NUL byte, the size in decimal, a
 * NUL byte and the content, so that renaming or moving bytes between files changes it.
 */
public record RuleSetFiles(SortedMap<String, byte[]> files) {

    private static final Pattern SCENARIO_WORKBOOK = Pattern.compile("(?i).+\\.scenarios\\.xlsx");

    public RuleSetFiles {
        files = new TreeMap<>(files);
    }

    /** Reads the regular files of the given folders (not recursing); a folder that is absent adds nothing. */
    public static RuleSetFiles readFolders(List<Path> folders) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        List<String> clashes = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> entries = Files.list(folder)) {
                for (Path file : entries.filter(Files::isRegularFile).sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (name.startsWith(".") || name.startsWith("~$")) {
                        continue; // editor lock files and hidden files are not part of the policy
                    }
                    if (files.put(name, Files.readAllBytes(file)) != null) {
                        clashes.add(name);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read rule folder " + folder, e);
            }
        }
        if (!clashes.isEmpty()) {
            throw new IllegalStateException("The same file name appears in more than one rule folder: " + clashes);
        }
        return new RuleSetFiles(files);
    }

    public String sha256() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Integer.toString(file.getValue().length).getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) 0);
                digest.update(file.getValue());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Test scenarios ({@code *.scenarios.xlsx}) travel with a version but hold no rules. */
    public static boolean isScenarioWorkbook(String name) {
        return SCENARIO_WORKBOOK.matcher(name).matches();
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }
}
