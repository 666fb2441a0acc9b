package org.livemig.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Interrupted writes leave no hidden staging directory behind (issue 14). */
class AtomicDirectoryTest {

    @TempDir
    Path tmp;

    private List<String> names() throws IOException {
        try (Stream<Path> entries = Files.list(tmp)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theNextWriteRemovesWhatAKilledWriteLeft() throws IOException {
        Path dir = tmp.resolve("run");
        Path leftover = Files.createDirectory(tmp.resolve(".run.tmp-5f3a"));
        Files.write(leftover.resolve("pm_loads.csv"), new byte[1 << 20]);
        Path otherRun = Files.createDirectory(tmp.resolve(".other.tmp-77"));
        RunResultWriter.write(dir, Fixtures.run());
        assertEquals(List.of(".other.tmp-77", "run"), names(), "only run's leftovers are its business");
        assertTrue(Files.isDirectory(otherRun));
    }

    @Test
    void aKillBetweenTheTwoRenamesGetsThePreviousResultBack() throws IOException {
        Path dir = tmp.resolve("run");
        RunResultWriter.write(dir, Fixtures.run());
        Files.move(dir, tmp.resolve(".run.old-1234"));
        AtomicDirectory.removeLeftovers(dir.toAbsolutePath());
        assertEquals(List.of("run"), names());
        assertTrue(ResultDirectory.isResultDirectory(dir));
    }

    @Test
    void theShutdownHookRemovesTheDirectoryBeingWritten() throws Exception {
        Path dir = tmp.resolve("run");
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread writer = new Thread(() -> {
            try {
                AtomicDirectory.replace(dir, staging -> {
                    Files.write(staging.resolve("pm_loads.csv"), new byte[1 << 20]);
                    writing.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    throw new IOException("interrupted");
                });
            } catch (IOException expected) {
                // the write was interrupted, as a Ctrl-C interrupts a run
            }
        });
        writer.start();
        assertTrue(writing.await(10, TimeUnit.SECONDS));
        assertEquals(1, names().size(), "the staging directory exists while writing");
        AtomicDirectory.removeInProgress(); // what the JVM's shutdown hook runs on Ctrl-C
        assertEquals(List.of(), names());
        release.countDown();
        writer.join(10_000);
        assertFalse(Files.exists(dir));
    }
}
