package com.meritarchive.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.ZipEntry;

/**
 * A Spring Boot jar's copy on disk, as {@link ExtractedLayout} starts the service from it: the
 * application's classes as a jar of their own with the original manifest (so that the version the
 * logs give stays), then the nested jars as files, in the launcher's order, under
 * {@code <home>/<fingerprint>/}. The fingerprint covers every entry's name, size and CRC, so a
 * rebuilt jar gets a copy of its own; a copy is written under a temporary name and renamed whole, so
 * that starts at once never see half of one, and one that lost a file since is written again; the
 * three copies last used are kept. The JDK alone, as its caller.
 */
final class ExtractedJar {

    static final String CLASS_PATH_FILE = "class-path.txt";
    private static final String APPLICATION_JAR = "application.jar";
    private static final int KEPT = 3;
    private static final Duration ABANDONED = Duration.ofMinutes(10);

    private ExtractedJar() {
    }

    /** The extracted copy of {@code jar} under {@code home}: its class path, and whether this call wrote it. */
    record Layout(Path directory, List<Path> classPath, boolean written, Duration took) {

        URL[] urls() throws MalformedURLException {
            URL[] urls = new URL[classPath.size()];
            for (int i = 0; i < urls.length; i++) {
                urls[i] = classPath.get(i).toUri().toURL();
            }
            return urls;
        }

        String describe() {
            return (written ? "extracted into " : "from the copy extracted before in ") + directory + " ("
                    + classPath.size() + " jars, " + took.toMillis() + " ms)";
        }
    }

    /** Extracts {@code jar} into {@code home}, or finds it there; keeps the {@value #KEPT} copies last used. */
    static Layout extract(Path jar, Path home) throws IOException {
        Instant start = Instant.now();
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            Attributes attributes = manifest == null ? new Attributes() : manifest.getMainAttributes();
            String classes = attributes.getValue("Spring-Boot-Classes");
            String lib = attributes.getValue("Spring-Boot-Lib");
            if (classes == null || lib == null) {
                throw new IOException(jar + " is not a Spring Boot jar (no Spring-Boot-Classes, Spring-Boot-Lib)");
            }
            Path directory = home.resolve(fingerprint(file));
            boolean written = false;
            List<Path> classPath = classPath(directory);
            if (classPath == null) {
                Files.createDirectories(home);
                Path partial = Files.createTempDirectory(home, directory.getFileName() + ".partial-");
                try {
                    write(file, manifest, classes, lib, attributes.getValue("Spring-Boot-Classpath-Index"), partial);
                    if (!complete(directory)) {
                        deleteTree(directory); // a copy something took files from since it was written
                    }
                    Files.move(partial, directory, StandardCopyOption.ATOMIC_MOVE);
                    written = true;
                } catch (IOException e) {
                    if (!complete(directory)) {
                        throw e;
                    } // else another start of the same jar renamed its copy first: use that one
                } finally {
                    deleteTree(partial);
                }
                classPath = classPath(directory);
                if (classPath == null) {
                    throw new IOException(directory + " lost a file while this start was using it");
                }
            }
            Files.setLastModifiedTime(directory, FileTime.from(Instant.now()));
            forgetOld(home, directory);
            return new Layout(directory, classPath, written, Duration.between(start, Instant.now()));
        }
    }

    /** The application's classes as a jar with the original manifest, then the nested jars, in the launcher's order. */
    private static void write(JarFile file, Manifest manifest, String classes, String lib, String index, Path into)
            throws IOException {
        Set<String> order = new LinkedHashSet<>();
        if (index != null && file.getEntry(index) != null) {
            try (InputStream in = file.getInputStream(file.getEntry(index))) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String name = line.trim().replaceFirst("^- ", "").replace("\"", "");
                    if (name.startsWith(lib)) {
                        order.add(name.substring(lib.length()));
                    }
                }
            }
        }
        Path libraries = Files.createDirectories(into.resolve("lib"));
        try (JarOutputStream application = new JarOutputStream(Files.newOutputStream(into.resolve(APPLICATION_JAR)), manifest)) {
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements();) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.startsWith(classes) && name.length() > classes.length()) {
                    application.putNextEntry(stored(entry, name.substring(classes.length())));
                    try (InputStream in = file.getInputStream(entry)) {
                        in.transferTo(application);
                    }
                    application.closeEntry();
                } else if (name.startsWith(lib) && name.endsWith(".jar") && name.indexOf('/', lib.length()) < 0) {
                    String jarName = name.substring(lib.length());
                    try (InputStream in = file.getInputStream(entry);
                            OutputStream out = Files.newOutputStream(libraries.resolve(jarName))) {
                        in.transferTo(out);
                    }
                    order.add(jarName); // one the index does not list goes last, as the launcher puts it
                }
            }
        }
        List<String> classPath = new ArrayList<>(List.of(APPLICATION_JAR));
        order.stream().filter(name -> Files.exists(libraries.resolve(name))).forEach(name -> classPath.add("lib/" + name));
        List<String> lines = new ArrayList<>();
        for (String name : classPath) {
            lines.add(Files.size(into.resolve(name)) + " " + name);
        }
        Files.write(into.resolve(CLASS_PATH_FILE), lines, StandardCharsets.UTF_8); // written last, read by complete()
    }

    /** An entry of the application jar, stored as it is (the classes and resources are 2 MB: not worth compressing). */
    private static ZipEntry stored(JarEntry from, String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(from.getTime());
        if (!name.endsWith("/")) {
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(from.getSize());
            entry.setCompressedSize(from.getSize());
            entry.setCrc(from.getCrc());
        }
        return entry;
    }

    /** Whether {@code directory} holds a whole copy: every file its class path lists, of the size listed. */
    static boolean complete(Path directory) throws IOException {
        return classPath(directory) != null;
    }

    /** The files of the copy in {@code directory}, in class-path order, or null unless every one is there at the size listed. */
    private static List<Path> classPath(Path directory) throws IOException {
        Path list = directory.resolve(CLASS_PATH_FILE);
        if (!Files.isRegularFile(list)) {
            return null;
        }
        List<Path> classPath = new ArrayList<>();
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            int space = line.indexOf(' ');
            if (space < 0) {
                return null;
            }
            Path file = directory.resolve(line.substring(space + 1));
            if (!Files.isRegularFile(file) || Files.size(file) != Long.parseLong(line.substring(0, space))) {
                return null;
            }
            classPath.add(file);
        }
        return classPath;
    }

    /** 64 bits over every entry's name, size and CRC (two CRCs, both computed by the CPU): changes when any content does. */
    static String fingerprint(JarFile file) {
        CRC32 first = new CRC32();
        CRC32C second = new CRC32C();
        byte[] numbers = new byte[16];
        for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements();) {
            JarEntry entry = entries.nextElement();
            byte[] name = entry.getName().getBytes(StandardCharsets.UTF_8);
            long size = entry.getSize();
            long crc = entry.getCrc();
            for (int i = 0; i < 8; i++) {
                numbers[i] = (byte) (size >>> (8 * i));
                numbers[8 + i] = (byte) (crc >>> (8 * i));
            }
            first.update(name);
            first.update(numbers);
            second.update(name);
            second.update(numbers);
        }
        return String.format("%08x%08x", first.getValue(), second.getValue());
    }

    /** Deletes the copies beyond the {@value #KEPT} last used, and temporary ones a start left behind. */
    private static void forgetOld(Path home, Path current) {
        try (Stream<Path> children = Files.list(home)) {
            List<Path> copies = new ArrayList<>();
            Instant abandoned = Instant.now().minus(ABANDONED);
            for (Path child : children.toList()) {
                if (child.getFileName().toString().contains(".partial-")) {
                    if (Files.getLastModifiedTime(child).toInstant().isBefore(abandoned)) {
                        deleteTree(child);
                    }
                } else if (!child.equals(current)) {
                    copies.add(child);
                }
            }
            Map<Path, FileTime> used = new HashMap<>();
            for (Path copy : copies) {
                used.put(copy, Files.getLastModifiedTime(copy));
            }
            copies.sort(Comparator.comparing(used::get, Comparator.reverseOrder()));
            for (Path old : copies.subList(Math.min(copies.size(), KEPT - 1), copies.size())) {
                deleteTree(old);
            }
        } catch (IOException e) {
            // best effort: an old copy left is only disk space
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
