package com.meritarchive.ruleset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.drools.base.util.Drools;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What besides the rule set's files changes what compiling it gives, as the part of a compile
 * cache file's name after the rule set's sha256: a new build of the service, another Drools or
 * Java, or other Drools settings never read an older build's files.
 */
final class BuildKey {

    private static final Logger log = LoggerFactory.getLogger(BuildKey.class);
    private static volatile String value;

    private BuildKey() {
    }

    /**
     * The part of a file's name that is not the rule set: this format, Drools and Java, the
     * service's classes and Drools' settings. Computed once per process.
     */
    static String value() {
        String key = value;
        if (key == null) {
            long started = System.nanoTime();
            StringBuilder text = new StringBuilder("merit compile cache 1, DrlProject\n")
                    .append("drools ").append(Drools.getFullVersion()).append('\n')
                    .append("java ").append(Runtime.version()).append(' ').append(System.getProperty("java.vendor"))
                    .append('\n').append("classes ").append(classesDigest()).append('\n');
            new TreeMap<>(System.getProperties()).forEach((property, setting) -> {
                if (property.toString().startsWith("drools.") || property.toString().startsWith("kie.")) {
                    text.append(property).append('=').append(setting).append('\n');
                }
            });
            key = HexFormat.of().formatHex(sha256(text.toString().getBytes(StandardCharsets.UTF_8))).substring(0, 16);
            value = key;
            log.debug("Compile cache: build key {} in {} ms", key, (System.nanoTime() - started) / 1_000_000);
        }
        return key;
    }

    /** A digest of every class of the service (the facts, and what a cache file holds), by path. */
    private static String classesDigest() {
        try {
            Resource[] classes = new PathMatchingResourcePatternResolver(CompileCache.class.getClassLoader())
                    .getResources("classpath*:com/meritarchive/**/*.class");
            Map<String, Resource> byPath = new TreeMap<>();
            for (Resource resource : classes) {
                String url = resource.getURL().toString();
                byPath.put(url.substring(url.lastIndexOf("com/meritarchive/")), resource);
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, Resource> entry : byPath.entrySet()) {
                digest.update(entry.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update(entry.getValue().getContentAsByteArray());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot read the service's own classes", e);
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
