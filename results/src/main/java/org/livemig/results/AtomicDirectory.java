package org.livemig.results;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fills a directory all at once: the content is written into a hidden sibling directory which is
 * then renamed into place with {@code ATOMIC_MOVE}. An existing directory is replaced only after the
 * new content is complete, by renaming it aside, renaming the new one in and deleting the old; if
 * anything fails the sibling is removed and the existing directory is left as it was.
 *
 * <p>An interrupted process (Ctrl-C, SIGTERM) removes the siblings it was writing in a shutdown hook; what a
 * killed process left ({@code .NAME.tmp-*}) is removed by the next write of the same directory, and an
 * {@code .NAME.old-*} left between the two renames is put back when {@code NAME} is missing.
 */
final class AtomicDirectory {

    /** Writes the content of a directory. */
    @FunctionalInterface
    interface Content {
        void writeInto(Path dir) throws IOException;
    }

    /** Siblings this process is writing now; the shutdown hook removes them. */
    private static final Set<Path> IN_PROGRESS = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicDirectory::removeInProgress, "livemig-staging-cleanup"));
    }

    private AtomicDirectory() {}

    /**
     * Removes every sibling this process is still writing (the shutdown hook). A writer thread may still be
     * adding files, so each is tried a few times.
     */
    static void removeInProgress() {
        for (Path staging : IN_PROGRESS) {
            for (int attempt = 0; attempt < 5 && Files.exists(staging, LinkOption.NOFOLLOW_LINKS); attempt++) {
                deleteRecursively(staging, null);
            }
            IN_PROGRESS.remove(staging);
        }
    }

    /**
     * Creates or replaces {@code dir} with the content {@code content} writes.
     *
     * @throws IOException if writing fails, or {@code dir} exists and is not an empty or result
     *     directory (so that a mistyped path never deletes unrelated files)
     */
    static void replace(Path dir, Content content) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new IOException("cannot write a result directory at " + target);
        }
        Files.createDirectories(parent);
        removeLeftovers(target);
        checkReplaceable(target);
        Path staging = createSibling(parent, "." + target.getFileName() + ".tmp-");
        IN_PROGRESS.add(staging);
        try {
            content.writeInto(staging);
            install(staging, target);
        } catch (IOException | RuntimeException | Error e) {
            deleteRecursively(staging, e);
            throw e;
        } finally {
            IN_PROGRESS.remove(staging);
        }
    }

    /**
     * Removes the staging siblings of {@code target} that an earlier, killed process left, and restores its
     * previous content when a kill fell between the two renames of {@link #install}.
     */
    static void removeLeftovers(Path target) throws IOException {
        Path parent = target.getParent();
        String tmp = "." + target.getFileName() + ".tmp-";
        String old = "." + target.getFileName() + ".old-";
        try (DirectoryStream<Path> siblings =
                Files.newDirectoryStream(parent, p -> isLeftover(p, tmp) || isLeftover(p, old))) {
            for (Path sibling : siblings) {
                if (IN_PROGRESS.contains(sibling)) {
                    continue;
                }
                boolean previous = sibling.getFileName().toString().startsWith(old);
                if (previous
                        && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                        && ResultDirectory.isResultDirectory(sibling)) {
                    Files.move(sibling, target, StandardCopyOption.ATOMIC_MOVE);
                } else {
                    deleteRecursively(sibling, null);
                }
            }
        }
    }

    private static boolean isLeftover(Path path, String prefix) {
        return path.getFileName().toString().startsWith(prefix) && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
    }

    private static void install(Path staging, Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        checkReplaceable(target);
        String stagingName = staging.getFileName().toString();
        Path old = target.resolveSibling(stagingName.replace(".tmp-", ".old-"));
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException restore) {
                e.addSuppressed(restore);
            }
            throw e;
        }
        deleteRecursively(old, null);
    }

    private static void checkReplaceable(Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) || ResultDirectory.isResultDirectory(target)) {
            return;
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("refusing to replace " + target + ": it is not a directory");
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
            if (entries.iterator().hasNext()) {
                throw new IOException("refusing to replace " + target
                        + ": it is not empty and not a result directory (no " + ResultDirectory.SUMMARY_JSON + ")");
            }
        }
    }

    /** A new directory in {@code parent} named {@code prefix} plus a random suffix; umask applies. */
    private static Path createSibling(Path parent, String prefix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
            try {
                return Files.createDirectory(parent.resolve(prefix + suffix));
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    /** Deletes {@code dir} and its content; failures are added to {@code cause} or ignored. */
    private static void deleteRecursively(Path dir, Throwable cause) {
        try {
            if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            if (cause != null) {
                cause.addSuppressed(e);
            }
        }
    }
}
