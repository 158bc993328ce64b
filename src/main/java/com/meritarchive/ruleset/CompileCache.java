package com.meritarchive.ruleset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiled rule sets kept on disk, so that a restart (or a replica that compiled the same version
 * before) does not compile again: the compiled Drools packages of a version, serialized, with
 * what else compiling found (rules per file, code lists, table rows). A file is named by the rule
 * set's sha256 and a key over everything else that changes the compiled result — this format, the
 * Drools and Java versions, the bytes of the service's own classes (the facts the rules match),
 * and Drools' system properties — so a new build never reads an old build's file. Files are
 * written atomically and carry a checksum; one that fails it, or does not load, is deleted and
 * the version compiled as if there were no cache.
 */
public final class CompileCache {

    private static final Logger log = LoggerFactory.getLogger(CompileCache.class);
    private static final byte[] MAGIC = "MERITKB1".getBytes(StandardCharsets.US_ASCII);
    private static final int CHECKSUM = 32;
    /** Cached versions kept; the least recently used are deleted beyond this. */
    static final int ENTRIES = 16;
    private static final String SUFFIX = ".kbase";
    private static final AtomicReference<Preload> PRELOAD = new AtomicReference<>();

    /**
     * The classes a cache file may name: Java's, Drools', MVEL's and the service's own. Defence in
     * depth only: the data dir must be writable by the service alone, since a file crafted by
     * someone who can write it decides with whatever code it carries.
     */
    private static final ObjectInputFilter CLASSES = ObjectInputFilter.Config.createFilter(
            "java.**;org.drools.**;org.kie.**;org.mvel2.**;com.meritarchive.**;!*");

    private final Path folder;

    public CompileCache(Path folder) {
        this.folder = folder;
    }

    /** What a cache file holds besides the KieBase's packages. */
    private record Entry(String sha256, ArrayList<KiePackage> packages, TreeMap<String, Integer> rulesPerFile,
            CodeLists codes, ArrayList<TableRow> tableRows) implements Serializable {
    }

    /** A file being read ahead of being asked for. */
    private record Preload(Path folder, FutureTask<Optional<CompiledRuleSet>> read) {
    }

    /**
     * Starts reading the most recently used file of {@code folder} on a thread of its own, while
     * the rest of the service starts: it is nearly always the version that was active at the
     * last stop. The first {@link #load} takes it if it is the version asked for.
     */
    static void preload(Path folder) {
        FutureTask<Optional<CompiledRuleSet>> read = new FutureTask<>(() -> readMostRecent(folder));
        PRELOAD.set(new Preload(folder, read));
        Thread thread = new Thread(read, "rule-set-preload");
        thread.setDaemon(true);
        thread.start();
    }

    private static Optional<CompiledRuleSet> readMostRecent(Path folder) {
        String suffix = "-" + BuildKey.value() + SUFFIX;
        try (Stream<Path> listed = Files.list(folder)) {
            Optional<Path> newest = listed.filter(f -> f.getFileName().toString().endsWith(suffix))
                    .max(Comparator.comparing(CompileCache::modified));
            if (newest.isEmpty()) {
                return Optional.empty();
            }
            String name = newest.get().getFileName().toString();
            return Optional.of(decode(name.substring(0, name.length() - suffix.length()), Files.readAllBytes(newest.get())));
        } catch (Exception | LinkageError e) {
            return Optional.empty(); // the file is read again, and judged, when it is asked for
        }
    }

    /** The version as read ahead ({@link #preload}), if it is this one. */
    private Optional<CompiledRuleSet> preloaded(String sha256) {
        Preload preload = PRELOAD.getAndSet(null);
        if (preload == null || !preload.folder().equals(folder)) {
            return Optional.empty();
        }
        try {
            return preload.read().get().filter(compiled -> compiled.sha256().equals(sha256));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.empty();
        }
    }

    /** The version as compiled before, or empty when not cached (or the file is damaged: then it is deleted). */
    Optional<CompiledRuleSet> load(String sha256) {
        Optional<CompiledRuleSet> preloaded = preloaded(sha256);
        if (preloaded.isPresent()) {
            touch(fileOf(sha256));
            return preloaded;
        }
        Path file;
        byte[] content;
        try {
            file = fileOf(sha256);
        } catch (RuntimeException e) {
            log.warn("Compile cache: off ({})", e.toString());
            return Optional.empty();
        }
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            log.warn("Compile cache: cannot read {} ({}); compiling instead", file, e.toString());
            return Optional.empty();
        }
        try {
            CompiledRuleSet loaded = decode(sha256, content);
            touch(file);
            return Optional.of(loaded);
        } catch (Exception | LinkageError e) {
            log.warn("Compile cache: {} is damaged or unreadable ({}); deleting it and compiling instead", file,
                    e.toString());
            delete(file);
            return Optional.empty();
        }
    }

    /**
     * Keeps a freshly compiled version; call before its KieBase decides anything. A failure to
     * write is logged and otherwise ignored: the cache only saves time.
     */
    void store(CompiledRuleSet compiled) {
        Path file = folder;
        try {
            file = fileOf(compiled.sha256());
            byte[] content = encode(compiled);
            Files.createDirectories(folder);
            // renamed into place whole, but not forced to disk: a file a crash leaves short fails its checksum
            Path temp = file.resolveSibling(file.getFileName() + ".tmp-" + System.nanoTime());
            Files.write(temp, content, StandardOpenOption.CREATE_NEW);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            prune();
        } catch (IOException | RuntimeException e) {
            log.warn("Compile cache: cannot write {} ({}); the version will be compiled again at the next start",
                    file, e.toString());
        }
    }

    Path fileOf(String sha256) {
        return folder.resolve(sha256 + "-" + BuildKey.value() + SUFFIX);
    }

    private static byte[] encode(CompiledRuleSet compiled) throws IOException {
        ByteArrayOutputStream payload = new ByteArrayOutputStream(1 << 19);
        try (DroolsObjectOutputStream out = new DroolsObjectOutputStream(payload)) {
            out.writeObject(new Entry(compiled.sha256(), new ArrayList<>(compiled.kieBase().getKiePackages()),
                    new TreeMap<>(compiled.rulesPerFile()), compiled.codes(), new ArrayList<>(compiled.tableRows())));
        }
        byte[] body = payload.toByteArray();
        ByteArrayOutputStream file = new ByteArrayOutputStream(MAGIC.length + CHECKSUM + body.length);
        file.write(MAGIC);
        file.write(sha256(body));
        file.write(body);
        return file.toByteArray();
    }

    private static CompiledRuleSet decode(String sha256, byte[] content) throws IOException, ClassNotFoundException {
        int start = MAGIC.length + CHECKSUM;
        if (content.length < start || !Arrays.equals(content, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new IOException("not a compile cache file");
        }
        byte[] body = Arrays.copyOfRange(content, start, content.length);
        if (!Arrays.equals(sha256(body), Arrays.copyOfRange(content, MAGIC.length, start))) {
            throw new IOException("checksum mismatch");
        }
        ClassLoader loader = CompileCache.class.getClassLoader();
        Entry entry;
        try (InputStream in = new ByteArrayInputStream(body);
                DroolsObjectInputStream objects = new DroolsObjectInputStream(in, loader)) {
            objects.setObjectInputFilter(CLASSES);
            entry = (Entry) objects.readObject();
        }
        if (!entry.sha256().equals(sha256)) {
            throw new IOException("holds rule set " + entry.sha256());
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(
                KieServices.Factory.get().newKieBaseConfiguration(null, loader));
        kieBase.addPackages(entry.packages());
        int rules = kieBase.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
        int expected = entry.rulesPerFile().values().stream().mapToInt(Integer::intValue).sum();
        if (rules != expected) {
            throw new IOException("holds " + rules + " rules, expected " + expected);
        }
        return new CompiledRuleSet(CompiledRuleSet.idOf(sha256), sha256, (KieBase) kieBase, entry.rulesPerFile(),
                KieServices.Factory.get().newReleaseId("com.meritarchive.ruleset", "rs-" + CompiledRuleSet.idOf(sha256),
                        "cached"), entry.codes(), List.copyOf(entry.tableRows()));
    }

    /** Deletes the least recently used files beyond {@link #ENTRIES}, and temporary files left by a crash. */
    private void prune() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.toList();
        }
        List<Path> kept = new ArrayList<>();
        for (Path file : files) {
            if (file.getFileName().toString().endsWith(SUFFIX)) {
                kept.add(file);
            } else if (file.getFileName().toString().contains(SUFFIX + ".tmp-")
                    && Files.getLastModifiedTime(file).toMillis() < System.currentTimeMillis() - 60_000) {
                delete(file);
            }
        }
        kept.sort(Comparator.comparing(CompileCache::modified).reversed());
        kept.stream().skip(ENTRIES).forEach(CompileCache::delete);
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // only the order of pruning suffers
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Compile cache: cannot delete {} ({})", file, e.toString());
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
