package com.meritarchive.ruleset;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The file operations the store is built from: every write goes to a temporary name, is forced to
 * disk, and is then renamed into place, so that a crash at any moment leaves the old or the new
 * state and never a half-written one.
 */
final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes {@code content} to {@code file} and forces it (and its folder entry) to disk. */
    static void writeDurably(Path file, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(content));
            channel.force(true);
        }
    }

    /** Replaces {@code target} with {@code content} atomically: temp file, fsync, rename, fsync of the folder. */
    static void replace(Path target, byte[] content) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp-" + System.nanoTime());
        writeDurably(temp, content);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceFolder(target.getParent());
    }

    /** Renames a completely written folder into place atomically and makes the rename durable. */
    static void publishFolder(Path complete, Path target) throws IOException {
        forceFolder(complete);
        Files.move(complete, target, StandardCopyOption.ATOMIC_MOVE);
        forceFolder(target.getParent());
    }

    static void forceFolder(Path folder) throws IOException {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
