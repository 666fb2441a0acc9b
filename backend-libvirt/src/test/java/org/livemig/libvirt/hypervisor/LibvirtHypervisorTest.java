package org.livemig.libvirt.hypervisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.livemig.core.hypervisor.HypervisorView;
import org.livemig.core.hypervisor.MigrationResult;
import org.livemig.core.hypervisor.VmState;
import org.livemig.libvirt.clock.WallClockScheduler;

/** The hypervisor view against libvirt's test driver, which needs no daemon. */
class LibvirtHypervisorTest {

    private static String nodeUri() throws URISyntaxException {
        Path node = Path.of(
                LibvirtHypervisorTest.class.getResource("/test-node.xml").toURI());
        return "test://" + node.toAbsolutePath();
    }

    private static LibvirtSettings settings(String uri, Map<Integer, MigrationTarget> targets) {
        return new LibvirtSettings(3, uri, 0, 0, LoadSource.DOMAINS, 1, 60, 1, 12.5, 2, false, targets);
    }

    @Test
    void readsNodeAndDomains() throws Exception {
        try (WallClockScheduler s = new WallClockScheduler("t");
                LibvirtHypervisor h = LibvirtHypervisor.connect(settings(nodeUri(), Map.of()), s)) {
            assertEquals(3, h.pmId());
            assertEquals(4, h.cores());
            assertEquals(4096, h.memoryTotalMb());
            List<VmState> vms = h.vms();
            assertEquals(List.of(1, 7), vms.stream().map(VmState::id).sorted().toList(), "'helper' has no number");
            VmState vm7 = vms.stream().filter(v -> v.id() == 7).findFirst().orElseThrow();
            assertEquals(2, vm7.vcpus());
            assertEquals(128, vm7.memoryMb());
            assertEquals(2.0, vm7.dirtyRateMbps(), "fallback dirty rate before any migration");
            assertEquals(256 + 128, h.memoryUsedMb());
            h.sample();
            for (VmState v : h.vms()) {
                assertTrue(v.cpuLoad() >= 0 && Double.isFinite(v.cpuLoad()));
            }
            assertTrue(h.reportedLoad() >= 0);
            assertEquals(12.5, h.migrationRateMbps());
        }
    }

    @Test
    void overridesReplaceTheNodesCoresAndMemory() throws Exception {
        LibvirtSettings s = new LibvirtSettings(
                1, "test:///default", 2, 2048, LoadSource.HOST, 1, 300, 0.67, 12.5, 2, false, Map.of());
        try (WallClockScheduler clock = new WallClockScheduler("t");
                LibvirtHypervisor h = LibvirtHypervisor.connect(s, clock)) {
            assertEquals(2, h.cores());
            assertEquals(2048, h.memoryTotalMb());
            assertTrue(h.reportedLoad() >= 0);
        }
    }

    @Test
    void unreachableUriIsOneClearLine() {
        LibvirtConnectionException e = assertThrows(
                LibvirtConnectionException.class,
                () -> LibvirtHypervisor.connect(
                        settings("qemu+tcp://127.0.0.1:1/system", Map.of()), new WallClockScheduler("t")));
        assertTrue(
                e.getMessage().startsWith("cannot connect to libvirt at qemu+tcp://127.0.0.1:1/system: "),
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void failedMigrationIsReportedOnTheSchedulerThreadAndTheVmStays() throws Exception {
        String uri = nodeUri();
        try (WallClockScheduler s = new WallClockScheduler("agent");
                LibvirtHypervisor h =
                        LibvirtHypervisor.connect(settings(uri, Map.of(4, new MigrationTarget(uri, null))), s)) {
            CompletableFuture<String> failure = new CompletableFuture<>();
            s.execute(() -> h.startMigration(7, 4, listener(failure, s)));
            String reason = failure.get(30, TimeUnit.SECONDS);
            assertTrue(reason.startsWith("migration of vm7 to PM 4 failed: "), reason);
            s.execute(h::sample);
            CompletableFuture<List<VmState>> after = new CompletableFuture<>();
            s.execute(() -> after.complete(h.vms()));
            assertTrue(after.get(10, TimeUnit.SECONDS).stream().anyMatch(v -> v.id() == 7), "VM left its source");
        }
    }

    @Test
    void migrationToAnUnknownPmOrOfAnAbsentVmFails() throws Exception {
        try (WallClockScheduler s = new WallClockScheduler("agent");
                LibvirtHypervisor h = LibvirtHypervisor.connect(settings(nodeUri(), Map.of()), s)) {
            CompletableFuture<String> noTarget = new CompletableFuture<>();
            s.execute(() -> h.startMigration(7, 9, listener(noTarget, s)));
            assertEquals("no libvirt URI for PM 9", noTarget.get(10, TimeUnit.SECONDS));
        }
        try (WallClockScheduler s = new WallClockScheduler("agent");
                LibvirtHypervisor h = LibvirtHypervisor.connect(
                        settings(nodeUri(), Map.of(4, new MigrationTarget("test:///default", null))), s)) {
            CompletableFuture<String> absent = new CompletableFuture<>();
            s.execute(() -> h.startMigration(99, 4, listener(absent, s)));
            assertEquals("VM 99 is not here", absent.get(10, TimeUnit.SECONDS));
        }
    }

    /** Completes {@code outcome} with the failure reason, checking the callback runs on the scheduler. */
    private static HypervisorView.MigrationListener listener(CompletableFuture<String> outcome, WallClockScheduler s) {
        return new HypervisorView.MigrationListener() {
            @Override
            public void completed(MigrationResult result) {
                outcome.completeExceptionally(new AssertionError("test driver cannot migrate, yet it completed"));
            }

            @Override
            public void failed(String reason) {
                if (!s.onSchedulerThread()) {
                    outcome.completeExceptionally(new AssertionError("failed() not on the scheduler thread"));
                }
                outcome.complete(reason);
            }
        };
    }
}
