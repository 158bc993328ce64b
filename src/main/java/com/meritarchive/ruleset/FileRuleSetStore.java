package com.meritarchive.ruleset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.meritarchive.system.MeritProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every rule-set version ever stored, kept forever under the data dir:
 * <pre>
 * data/rulesets/&lt;sha256&gt;/version.json   id, sha256, createdAt, createdBy, files, and annotations
 *                                         (the scenario report publishing attaches)
 * data/rulesets/&lt;sha256&gt;/files/&lt;name&gt;  the files, byte for byte
 * data/active.json                        {"id", "sha256"} of the active version
 * data/published.json                     every activation ever, oldest first: {"id", "sha256", "publishedAt",
 *                                         "publishedBy"}
 * data/tmp/                               writes in progress (cleared at start)
 * </pre>
 * A version is written completely in {@code tmp/} and renamed into {@code rulesets/} in one step;
 * {@code active.json} and {@code published.json} are replaced by rename. An activation is appended
 * to {@code published.json} before {@code active.json} names it, so that the versions that were ever
 * published (and may decide for the HR system, {@code ?ruleSet=}) are known for good; a data dir
 * from before this list counts its active version as published. A crash therefore leaves either the old or the new
 * state. Versions are immutable: storing the same content again returns the existing version.
 * A file that cannot be read, or files that no longer hash to their version's sha256, are a
 * {@link CorruptStoreException} naming the file; {@link #verify()} looks for them at start.
 */
public class FileRuleSetStore implements RuleSetStore {

    private static final Logger log = LoggerFactory.getLogger(FileRuleSetStore.class);
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    private final Path versions;
    private final Path temp;
    private final Path activeFile;
    private final Path publishedFile;
    private List<Publication> published;
    private final CrashTestPause crashTestPause;

    /** The active version as stored in {@code active.json}. */
    record ActivePointer(String id, String sha256) {
    }

    public FileRuleSetStore(MeritProperties properties) {
        Path root = properties.dataDir();
        this.versions = root.resolve("rulesets");
        this.temp = root.resolve("tmp");
        this.activeFile = root.resolve("active.json");
        this.publishedFile = root.resolve("published.json");
        this.crashTestPause = new CrashTestPause(properties.storeCrashTestDelay());
        try {
            Files.createDirectories(versions);
            AtomicFiles.deleteTree(temp); // what a crash left half-written never became a version
            Files.createDirectories(temp);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the data dir " + root.toAbsolutePath(), e);
        }
    }

    /** Annotations are written as extra members of the version's {@code version.json}. */
    @Override
    public synchronized Saved store(RuleSetFiles files, String createdBy, Map<String, ?> annotations) {
        String sha256 = files.sha256();
        Optional<RuleSetVersion> existing = read(versions.resolve(sha256));
        if (existing.isPresent()) {
            return new Saved(existing.get(), false);
        }
        RuleSetVersion version = new RuleSetVersion(CompiledRuleSet.idOf(sha256), sha256, Instant.now(), createdBy,
                false, List.copyOf(files.files().keySet()));
        ObjectNode meta = JSON.valueToTree(version);
        annotations.forEach((name, value) -> meta.set(name, JSON.valueToTree(value)));
        Path work = temp.resolve(UUID.randomUUID().toString());
        try {
            Files.createDirectories(work.resolve("files"));
            for (var file : files.files().entrySet()) {
                AtomicFiles.writeDurably(work.resolve("files").resolve(file.getKey()), file.getValue());
            }
            AtomicFiles.forceFolder(work.resolve("files"));
            AtomicFiles.writeDurably(work.resolve("version.json"), JSON.writeValueAsBytes(meta));
            crashTestPause.before("version " + version.id());
            AtomicFiles.publishFolder(work, versions.resolve(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store rule set version " + version.id(), e);
        }
        log.info("Stored rule set version {} by {}: {}", version.id(), createdBy, version.files());
        return new Saved(version, true);
    }

    /** Records the publication in {@code published.json} first, then names the version in {@code active.json}. */
    @Override
    public synchronized void markActive(RuleSetVersion version, long generation, String publishedBy) {
        try {
            List<Publication> publications = new ArrayList<>(publications());
            if (publications.size() != generation) {
                throw new ConcurrentPublicationException(version.id(), active().map(RuleSetVersion::id).orElse(null));
            }
            publications.add(new Publication(version.id(), version.sha256(), Instant.now(), publishedBy));
            AtomicFiles.replace(publishedFile, JSON.writeValueAsBytes(publications));
            published = List.copyOf(publications);
            byte[] pointer = JSON.writeValueAsBytes(new ActivePointer(version.id(), version.sha256()));
            crashTestPause.before("activation of " + version.id());
            AtomicFiles.replace(activeFile, pointer);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record the active rule set " + version.id(), e);
        }
    }

    /** A data dir from before {@code published.json} has its active version in the list. */
    @Override
    public synchronized List<Publication> publications() {
        if (published == null) {
            if (Files.exists(publishedFile)) {
                try {
                    published = List.of(JSON.readValue(publishedFile.toFile(), Publication[].class));
                } catch (IOException e) {
                    throw new CorruptStoreException(publishedFile, "cannot be read: " + e.getMessage(), e);
                }
            } else {
                published = active().map(v -> List.of(new Publication(v.id(), v.sha256(), v.createdAt(), null))).orElse(List.of());
            }
        }
        return published;
    }

    /** The number of publications so far: {@code published.json}'s length. */
    @Override
    public synchronized long generation() {
        return publications().size();
    }

    @Override
    public Optional<String> activeSha256() {
        if (!Files.exists(activeFile)) {
            return Optional.empty();
        }
        try {
            String sha256 = JSON.readValue(activeFile.toFile(), ActivePointer.class).sha256();
            if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
                throw new CorruptStoreException(activeFile, "does not name a version (no sha256 in it)", null);
            }
            return Optional.of(sha256);
        } catch (IOException e) {
            throw new CorruptStoreException(activeFile, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** The version {@code active.json} names; empty on a new data dir. */
    @Override
    public Optional<RuleSetVersion> active() {
        return activeSha256().map(sha256 -> read(versions.resolve(sha256)).orElseThrow(() -> new CorruptStoreException(
                activeFile, "names version " + CompiledRuleSet.idOf(sha256) + ", which " + versions.toAbsolutePath()
                        + " does not hold", null)));
    }

    /**
     * Reads every version's metadata and the active pointer, so that a damaged data dir stops the
     * start naming the file instead of failing a request later (the active version's files are
     * checked against its sha256 when they are read to compile it).
     */
    @Override
    public void verify() {
        list();
        active();
        publications();
    }

    @Override
    public List<RuleSetVersion> list() {
        List<RuleSetVersion> all = new ArrayList<>();
        try (Stream<Path> folders = Files.list(versions)) {
            folders.forEach(folder -> read(folder).ifPresent(all::add));
        } catch (IOException e) {
            throw new CorruptStoreException(versions, "cannot be listed: " + e.getMessage(), e);
        }
        all.sort(Comparator.comparing(RuleSetVersion::createdAt).thenComparing(RuleSetVersion::sha256).reversed());
        return all;
    }

    @Override
    public Optional<RuleSetVersion> find(String id) {
        if (id == null || !id.matches("[0-9a-f]{12}|[0-9a-f]{64}")) {
            return Optional.empty();
        }
        if (id.length() == 64) {
            return read(versions.resolve(id));
        }
        try (Stream<Path> folders = Files.list(versions)) { // folders are named by sha256: no need to read them all
            return folders.filter(folder -> folder.getFileName().toString().startsWith(id)).findFirst().flatMap(this::read);
        } catch (IOException e) {
            throw new CorruptStoreException(versions, "cannot be listed: " + e.getMessage(), e);
        }
    }

    @Override
    public RuleSetFiles files(RuleSetVersion version) {
        Path folder = versions.resolve(version.sha256()).resolve("files");
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (String name : version.files()) {
            Path file = folder.resolve(name);
            try {
                files.put(name, Files.readAllBytes(file));
            } catch (IOException e) {
                throw new CorruptStoreException(file, "cannot be read (a file of rule set " + version.id() + "): " + e, e);
            }
        }
        RuleSetFiles result = new RuleSetFiles(files);
        if (!result.sha256().equals(version.sha256())) {
            throw new CorruptStoreException(folder, "holds files that no longer hash to the sha256 of rule set "
                    + version.id() + ": they were altered after they were stored", null);
        }
        return result;
    }

    /** A member of the version's version.json. */
    @Override
    public <T> Optional<T> annotation(RuleSetVersion version, String name, Class<T> type) {
        Path meta = versions.resolve(version.sha256()).resolve("version.json");
        try {
            JsonNode value = JSON.readTree(meta.toFile()).get(name);
            return value == null || value.isNull() ? Optional.empty() : Optional.of(JSON.treeToValue(value, type));
        } catch (IOException e) {
            throw new CorruptStoreException(meta, "cannot be read: " + e.getMessage(), e);
        }
    }

    private Optional<RuleSetVersion> read(Path folder) {
        Path meta = folder.resolve("version.json");
        if (!Files.isRegularFile(meta)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(meta.toFile(), RuleSetVersion.class));
        } catch (IOException e) {
            throw new CorruptStoreException(meta, "cannot be read: " + e.getMessage(), e);
        }
    }
}
