package org.livemig.libvirt.testbed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.libvirt.Connect;
import org.livemig.core.measurement.MigrationRecord;
import org.livemig.results.RunResult;
import org.livemig.results.RunResultReader;

/**
 * The real thing: three libvirt daemons on this machine, a hotspot PM with three CPU-burning guests, three
 * Push agents negotiating over authenticated UDP, libvirt live-migrating a running VM, and the measurement
 * point recording it. Needs root and the packages of scripts/install-deps; when they are missing the test is
 * skipped on a developer machine but fails under CI (CI=true).
 */
class LocalTestbedTest {

    private static final Path SCRIPT = Path.of("..", "scripts", "testbed.sh");
    private static final double RUN_S = 75;

    @Test
    void agentsLiveMigrateARunningVmOffTheHotspot() throws Exception {
        boolean ready = Files.isRegularFile(SCRIPT) && LocalTestbed.available(SCRIPT);
        if (!ready) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("the local testbed cannot run under CI: run as root after scripts/install-deps");
            }
            Assumptions.abort("needs root and the libvirt/QEMU packages (scripts/install-deps)");
        }
        Path dir = Path.of("target", "testbed").toAbsolutePath();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        try (LocalTestbed tb = LocalTestbed.up(SCRIPT, dir, LocalTestbed.Plan.hotspot(3, 3, 0.25, 0.01))) {
            tb.writeConfigs("testbed-push", LocalTestbed.shortRun(3, 5, RUN_S), RUN_S);
            tb.startAgents(classPath);
            Process mp = tb.startMeasurement(classPath);
            assertTrue(mp.waitFor((long) RUN_S + 60, TimeUnit.SECONDS), "measurement point did not finish");
            assertEquals(0, mp.exitValue(), "measurement point failed; see " + dir.resolve("measure.log"));

            RunResult result = RunResultReader.read(dir.resolve("results"));
            List<MigrationRecord> migrations = result.migrations();
            assertFalse(migrations.isEmpty(), "no migration recorded; see the logs in " + dir);
            MigrationRecord first = migrations.get(0);
            assertEquals(1, first.source(), "the hotspot is PM 1");
            assertTrue(first.destination() == 2 || first.destination() == 3);
            assertTrue(first.vm() >= 1 && first.vm() <= 3, "a guest of PM 1 moved");
            assertTrue(result.summary().attempts() >= 1);

            try (AutoCloseableConnect dest = new AutoCloseableConnect(tb.libvirtUri(first.destination()))) {
                assertTrue(
                        dest.connect.domainLookupByName("vm" + first.vm()).isActive() == 1,
                        "the VM runs on its destination");
            }
        }
    }

    /** A libvirt connection closed by try-with-resources. */
    private record AutoCloseableConnect(Connect connect) implements AutoCloseable {
        AutoCloseableConnect(String uri) throws org.libvirt.LibvirtException {
            this(new Connect(uri));
        }

        @Override
        public void close() throws org.libvirt.LibvirtException {
            connect.close();
        }
    }
}
