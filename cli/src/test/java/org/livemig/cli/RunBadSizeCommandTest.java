package org.livemig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sizes issue 14 found failing with a stack trace or an unexplained exit 1: each is refused at once with
 * exit 2 and one line naming the key and its value, and writes nothing.
 */
class RunBadSizeCommandTest {

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anEndlessDurationIsRefusedNamingTheKey(@TempDir Path dir) {
        assertRefused(dir, "duration_s", "1e300", "--set", "duration_s=1e300");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aHundredThousandPmsAreRefusedNamingTheKey(@TempDir Path dir) {
        assertRefused(dir, "pms", "100000", "--set", "pms=100000", "--set", "vms=100000");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aLoadTheVmsCannotCarryIsRefusedNamingTheKey(@TempDir Path dir) {
        // 1000 PMs of 2 cores at high load on Xen need 1642 cores of demand; 1000 one-vcpu VMs give 1000.
        assertRefused(dir, "workload.load", "high", "--set", "pms=1000", "--set", "vms=1000");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void pmLoadRowsBeyondMemoryAreRefusedNamingTheDuration(@TempDir Path dir) {
        assertRefused(
                dir,
                "duration_s",
                "5000000",
                "--set",
                "pms=1000",
                "--set",
                "vms=5000",
                "--set",
                "load=low",
                "--set",
                "duration_s=5000000");
    }

    private static void assertRefused(Path dir, String key, String value, String... overrides) {
        Path out = dir.resolve("out");
        String[] args = new String[overrides.length + 4];
        args[0] = "run";
        args[1] = "--out";
        args[2] = out.toString();
        args[3] = "--quiet";
        System.arraycopy(overrides, 0, args, 4, overrides.length);
        CommandRun r = CommandRun.of(args);
        assertEquals(2, r.exit(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(key), r.err());
        assertTrue(r.err().contains(value) || r.err().contains("1.00e+300"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(out));
    }
}
