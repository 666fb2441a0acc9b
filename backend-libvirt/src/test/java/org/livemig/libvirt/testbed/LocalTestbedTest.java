package org.livemig.libvirt.testbed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.libvirt.Connect;
import org.livemig.results.MigrationRecord;
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

    /** Scenario settings shortened for a run of about a minute. */
    static Map<String, String> shortenedTiming() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("name", "testbed-local-push");
        s.put("strategy", "push");
        s.put("hypervisor", "kvm");
        s.put("topology.pms", "3");
        s.put("topology.vms", "5");
        s.put("topology.cores_per_pm", "1");
        s.put("topology.vm_memory_mb", "64");
        s.put("duration_s", String.valueOf(RUN_S));
        s.put("measurement_interval_s", "1");
        s.put("record_interval_s", "10");
        s.put("negotiation.variable_thresholds", "false");
        s.put("negotiation.push_threshold", "0.3");
        s.put("negotiation.pull_threshold", "0.05");
        s.put("negotiation.check_interval_s", "1");
        s.put("negotiation.load_sample_interval_s", "1");
        s.put("negotiation.load_average_window_s", "5");
        s.put("negotiation.ewma_alpha", "0.5");
        s.put("negotiation.ewma_warmup_samples", "2");
        s.put("negotiation.reply_timeout_s", "2");
        s.put("negotiation.lock_timeout_s", "20");
        s.put("negotiation.destination_settle_s", "10");
        s.put("negotiation.source_settle_s", "10");
        s.put("negotiation.backoff_cap_s", "5");
        return s;
    }

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
            tb.writeConfigs("testbed-push", shortenedTiming(), RUN_S);
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
                assertTrue(dest.connect.domainLookupByName("vm" + first.vm()).isActive() == 1,
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
