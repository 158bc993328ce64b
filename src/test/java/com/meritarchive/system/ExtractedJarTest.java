package com.meritarchive.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The copy of a Spring Boot jar the service starts from: what it holds, in which order, when it is written again and what is kept. */
class ExtractedJarTest {

    @TempDir
    Path dir;

    /** A jar laid out as Spring Boot's repackaging lays it out, with nested jars stored as it stores them. */
    private Path bootJar(String name, String greeting) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(Attributes.Name.IMPLEMENTATION_VERSION, "9.9.9");
        main.putValue("Spring-Boot-Classes", "BOOT-INF/classes/");
        main.putValue("Spring-Boot-Lib", "BOOT-INF/lib/");
        main.putValue("Spring-Boot-Classpath-Index", "BOOT-INF/classpath.idx");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("org/springframework/boot/loader/Launcher.class", new byte[] {1, 2, 3});
        entries.put("BOOT-INF/classes/", null);
        entries.put("BOOT-INF/classes/greeting.txt", greeting.getBytes(StandardCharsets.UTF_8));
        entries.put("BOOT-INF/classes/shipped/rules.drl", "rule".getBytes(StandardCharsets.UTF_8));
        entries.put("BOOT-INF/lib/", null);
        entries.put("BOOT-INF/lib/c.jar", innerJar("c.txt", "in c"));
        entries.put("BOOT-INF/lib/a.jar", innerJar("a.txt", "in a"));
        entries.put("BOOT-INF/lib/b.jar", innerJar("a.txt", "in b, listed first"));
        entries.put("BOOT-INF/classpath.idx", "- \"BOOT-INF/lib/b.jar\"\n- \"BOOT-INF/lib/a.jar\"\n".getBytes(StandardCharsets.UTF_8));
        Path jar = dir.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(storedIfJar(entry.getKey(), entry.getValue()));
                if (entry.getValue() != null) {
                    out.write(entry.getValue());
                }
                out.closeEntry();
            }
        }
        return jar;
    }

    private static ZipEntry storedIfJar(String name, byte[] content) {
        ZipEntry entry = new ZipEntry(name);
        if (name.endsWith(".jar")) {
            CRC32 crc = new CRC32();
            crc.update(content);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(content.length);
            entry.setCrc(crc.getValue());
        }
        return entry;
    }

    private static byte[] innerJar(String resource, String text) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(resource));
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static String read(ClassLoader loader, String resource) throws IOException {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> names(Path home) throws IOException {
        try (Stream<Path> children = Files.list(home)) {
            return children.map(child -> child.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void shouldLayOutTheApplicationJarThenTheNestedJarsInTheLaunchersOrder() throws Exception {
        Path home = dir.resolve("data/extracted");
        ExtractedJar.Layout layout = ExtractedJar.extract(bootJar("app.jar", "hello"), home);

        assertThat(layout.written()).isTrue();
        assertThat(layout.directory().getParent()).isEqualTo(home);
        assertThat(layout.classPath()).extracting(path -> layout.directory().relativize(path).toString())
                .containsExactly("application.jar", "lib/b.jar", "lib/a.jar", "lib/c.jar"); // c is not indexed: last
        try (URLClassLoader loader = new URLClassLoader(layout.urls(), null)) {
            assertThat(read(loader, "greeting.txt")).isEqualTo("hello");
            assertThat(read(loader, "shipped/rules.drl")).isEqualTo("rule");
            assertThat(read(loader, "a.txt")).isEqualTo("in b, listed first");
            assertThat(read(loader, "c.txt")).isEqualTo("in c");
            assertThat(read(loader, "org/springframework/boot/loader/Launcher.class")).as("the launcher stays in the jar").isNull();
        }
        try (JarFile application = new JarFile(layout.classPath().get(0).toFile())) {
            assertThat(application.getManifest().getMainAttributes().getValue(Attributes.Name.IMPLEMENTATION_VERSION))
                    .as("the version Spring Boot reports comes from this manifest").isEqualTo("9.9.9");
        }
        assertThat(names(home)).containsExactly(layout.directory().getFileName().toString());
    }

    @Test
    void shouldUseTheCopyOfTheSameJarWithoutWritingIt() throws Exception {
        Path jar = bootJar("app.jar", "hello");
        Path home = dir.resolve("extracted");
        ExtractedJar.Layout first = ExtractedJar.extract(jar, home);
        FileTime written = Files.getLastModifiedTime(first.classPath().get(1));

        ExtractedJar.Layout second = ExtractedJar.extract(jar, home);

        assertThat(second.written()).isFalse();
        assertThat(second.classPath()).isEqualTo(first.classPath());
        assertThat(Files.getLastModifiedTime(second.classPath().get(1))).isEqualTo(written);
    }

    @Test
    void shouldExtractAJarWhoseContentChangedEvenAtTheSameSize() throws Exception {
        Path home = dir.resolve("extracted");
        ExtractedJar.Layout before = ExtractedJar.extract(bootJar("app.jar", "hello"), home);
        ExtractedJar.Layout after = ExtractedJar.extract(bootJar("app.jar", "jello"), home);

        assertThat(after.written()).isTrue();
        assertThat(after.directory()).isNotEqualTo(before.directory());
        try (URLClassLoader loader = new URLClassLoader(after.urls(), null)) {
            assertThat(read(loader, "greeting.txt")).isEqualTo("jello");
        }
    }

    @Test
    void shouldKeepTheThreeCopiesLastUsed() throws Exception {
        Path home = dir.resolve("extracted");
        List<Path> directories = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            directories.add(ExtractedJar.extract(bootJar("app.jar", "version " + i), home).directory());
            Files.setLastModifiedTime(directories.get(i), FileTime.fromMillis(1_000_000L * (i + 1))); // used in this order
        }

        assertThat(names(home)).containsExactlyInAnyOrderElementsOf(
                directories.subList(2, 5).stream().map(path -> path.getFileName().toString()).toList());
    }

    @Test
    void shouldWriteAgainACopyThatLostAFile() throws Exception {
        Path jar = bootJar("app.jar", "hello");
        Path home = dir.resolve("extracted");
        ExtractedJar.Layout first = ExtractedJar.extract(jar, home);
        Files.delete(first.classPath().get(2));

        ExtractedJar.Layout again = ExtractedJar.extract(jar, home);

        assertThat(again.written()).isTrue();
        assertThat(ExtractedJar.complete(again.directory())).isTrue();
        assertThat(Files.size(again.classPath().get(2))).isPositive();
    }

    @Test
    void shouldWriteAgainACopyWithATruncatedFile() throws Exception {
        Path jar = bootJar("app.jar", "hello");
        Path home = dir.resolve("extracted");
        ExtractedJar.Layout first = ExtractedJar.extract(jar, home);
        try (OutputStream out = Files.newOutputStream(first.classPath().get(1))) {
            out.write(1);
        }

        assertThat(ExtractedJar.complete(first.directory())).isFalse();
        assertThat(ExtractedJar.extract(jar, home).written()).isTrue();
    }

    @Test
    void shouldGiveStartsAtOnceOneWholeCopy() throws Exception {
        Path jar = bootJar("app.jar", "hello");
        Path home = dir.resolve("extracted");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<ExtractedJar.Layout>> starts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                starts.add(() -> ExtractedJar.extract(jar, home));
            }
            List<Path> directories = new ArrayList<>();
            for (Future<ExtractedJar.Layout> start : pool.invokeAll(starts)) {
                directories.add(start.get().directory());
            }
            assertThat(directories).containsOnly(directories.get(0));
            assertThat(ExtractedJar.complete(directories.get(0))).isTrue();
            assertThat(names(home)).as("no temporary copy left").containsExactly(directories.get(0).getFileName().toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldRefuseAJarThatIsNotSpringBoots() throws Exception {
        Path plain = dir.resolve("plain.jar");
        Files.write(plain, innerJar("x.txt", "x"));

        assertThatThrownBy(() -> ExtractedJar.extract(plain, dir.resolve("extracted")))
                .isInstanceOf(IOException.class).hasMessageContaining("not a Spring Boot jar");
        assertThat(dir.resolve("extracted")).doesNotExist();
    }

    @Test
    void shouldGiveEveryFileOfTheCopyAsAUrl() throws Exception {
        ExtractedJar.Layout layout = ExtractedJar.extract(bootJar("app.jar", "hello"), dir.resolve("extracted"));

        assertThat(layout.urls()).extracting(URL::getProtocol).containsOnly("file");
        assertThat(layout.describe()).startsWith("extracted into " + layout.directory()).contains("4 jars");
    }
}
