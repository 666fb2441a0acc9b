package org.livemig.sim.datacentre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.livemig.core.hypervisor.MigrationResult;
import org.livemig.cost.PreCopyMigrationCost;
import org.livemig.cost.PreCopyParameters;
import org.livemig.sim.SimulatedDatacentre;
import org.livemig.sim.TestDatacentres;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LiveMigrationTest {

    private static int otherPm(SimulatedDatacentre dc, SimulatedVm vm) {
        return vm.host().id() == 0 ? 1 : 0;
    }

    private static boolean listed(SimulatedHypervisor view, int vmId) {
        return view.vms().stream().anyMatch(state -> state.id() == vmId);
    }

    @Test
    void aMigrationTakesTmigAndTheVmLoadsTheSourceUntilItEnds() {
        try (SimulatedDatacentre dc = SimulatedDatacentre.build(TestDatacentres.quiet(1, 2, 4096, 4))) {
            SimulatedVm vm = dc.cluster().vm(0);
            int source = vm.host().id();
            int destination = otherPm(dc, vm);
            double tMig = new PreCopyMigrationCost(PreCopyParameters.DEFAULT)
                    .estimate(vm.memoryMb(), 12.5, vm.dirtyRateMbps())
                    .migrationTimeS();
            RecordingListener listener = new RecordingListener();
            long destinationMemory = dc.hypervisor(destination).memoryUsedMb();
            dc.scheduler().schedule(100, () -> {
                vm.setBaseDemand(1.0);
                dc.hypervisor(source).startMigration(vm.id(), destination, listener);
            });

            dc.runUntil(100 + tMig / 2);
            assertEquals(0, listener.calls());
            assertEquals(source, dc.placement().get(vm.id()));
            assertTrue(listed(dc.hypervisor(source), vm.id()), "a leaving VM is listed until it has left");
            assertFalse(listed(dc.hypervisor(destination), vm.id()));
            assertTrue(dc.cluster().pm(source).demand() >= 1.0, "the VM still loads the source");
            assertEquals(
                    destinationMemory + vm.memoryMb(),
                    dc.hypervisor(destination).memoryUsedMb(),
                    "its memory is reserved at the destination");

            dc.runUntil(100 + tMig + 1);
            assertEquals(1, listener.completed.size());
            MigrationResult result = listener.completed.get(0);
            assertEquals(tMig, result.durationS(), 1e-9);
            assertEquals(100.0, result.startS(), 1e-9);
            assertEquals(source, result.source());
            assertEquals(destination, result.destination());
            assertEquals(destination, dc.placement().get(vm.id()));
            assertTrue(listed(dc.hypervisor(destination), vm.id()));
            assertFalse(listed(dc.hypervisor(source), vm.id()));
            assertEquals(
                    destinationMemory + vm.memoryMb(),
                    dc.hypervisor(destination).memoryUsedMb());
            assertEquals(0, dc.activeMigrations());
        }
    }

    @Test
    void aMigrationToAPmWithoutMemoryFailsAndTheVmStays() {
        // 2 PMs of 512 MB and 4 VMs of 256 MB: both PMs are full.
        try (SimulatedDatacentre dc = SimulatedDatacentre.build(TestDatacentres.quiet(2, 2, 512, 4))) {
            SimulatedVm vm = dc.cluster().vm(0);
            int source = vm.host().id();
            RecordingListener listener = new RecordingListener();
            int[] callsDuringStart = {-1};
            dc.scheduler().schedule(10, () -> {
                dc.hypervisor(source).startMigration(vm.id(), otherPm(dc, vm), listener);
                callsDuringStart[0] = listener.calls();
            });

            dc.runUntil(100);

            assertEquals(0, callsDuringStart[0], "never called from inside startMigration");
            assertEquals(1, listener.failed.size());
            assertTrue(listener.failed.get(0).contains("lacks memory"), listener.failed.get(0));
            assertEquals(source, dc.placement().get(vm.id()));
            assertEquals(512, dc.hypervisor(otherPm(dc, vm)).memoryUsedMb());
        }
    }

    @Test
    void aMigrationBeyondTheVcpuBoundFails() {
        var base = TestDatacentres.quiet(2, 2, 4096, 4);
        var settings = base.toBuilder().topology(t -> t.vcpuOvercommit(1)).build(); // 2 vcpus per PM
        try (SimulatedDatacentre dc = SimulatedDatacentre.build(settings)) {
            SimulatedVm vm = dc.cluster().vm(0);
            RecordingListener listener = new RecordingListener();
            dc.scheduler()
                    .schedule(
                            1, () -> dc.hypervisor(vm.host().id()).startMigration(vm.id(), otherPm(dc, vm), listener));
            dc.runUntil(10);
            assertTrue(listener.failed.get(0).contains("lacks cores"), listener.failed.get(0));
        }
    }

    @Test
    void refusesVmsThatAreNotHereOrAlreadyMigratingAndDownDestinations() {
        try (SimulatedDatacentre dc = SimulatedDatacentre.build(TestDatacentres.quiet(4, 3, 4096, 6))) {
            SimulatedVm vm = dc.cluster().vm(0);
            int source = vm.host().id();
            int destination = (source + 1) % 3;
            int down = (source + 2) % 3;
            RecordingListener first = new RecordingListener();
            RecordingListener twice = new RecordingListener();
            RecordingListener notHere = new RecordingListener();
            RecordingListener toDown = new RecordingListener();
            RecordingListener noSuchPm = new RecordingListener();
            SimulatedVm other = dc.cluster().vms().stream()
                    .filter(v -> v.id() != vm.id() && v.host().id() != down)
                    .findFirst()
                    .orElseThrow();
            dc.scheduler().schedule(1, () -> {
                dc.failPm(down);
                dc.hypervisor(source).startMigration(vm.id(), destination, first);
                dc.hypervisor(source).startMigration(vm.id(), destination, twice);
                dc.hypervisor(destination).startMigration(vm.id(), source, notHere);
                dc.hypervisor(other.host().id()).startMigration(other.id(), down, toDown);
                dc.hypervisor(other.host().id()).startMigration(other.id(), 99, noSuchPm);
            });
            dc.runUntil(200);

            assertEquals(1, first.completed.size());
            assertTrue(twice.failed.get(0).contains("already migrating"), twice.failed.toString());
            assertTrue(notHere.failed.get(0).contains("is not on PM"), notHere.failed.toString());
            assertEquals("PM " + down + " is down", toDown.failed.get(0));
            assertTrue(noSuchPm.failed.get(0).contains("no PM 99"), noSuchPm.failed.toString());
            assertEquals(destination, dc.placement().get(vm.id()));
        }
    }

    @Test
    void aMigrationFailsWhenTheDestinationGoesDownAndTheVmStaysOnTheSource() {
        try (SimulatedDatacentre dc = SimulatedDatacentre.build(TestDatacentres.quiet(5, 2, 4096, 4))) {
            SimulatedVm vm = dc.cluster().vm(0);
            int source = vm.host().id();
            int destination = otherPm(dc, vm);
            long destinationMemory = dc.hypervisor(destination).memoryUsedMb();
            RecordingListener listener = new RecordingListener();
            dc.scheduler().schedule(1, () -> dc.hypervisor(source).startMigration(vm.id(), destination, listener));
            dc.scheduler().schedule(5, () -> dc.failPm(destination));

            dc.runUntil(200);

            assertEquals(0, listener.completed.size());
            assertTrue(listener.failed.get(0).contains("went down"), listener.failed.toString());
            assertEquals(source, dc.placement().get(vm.id()));
            assertFalse(vm.isMigrating());
            assertEquals(destinationMemory, dc.hypervisor(destination).memoryUsedMb(), "reservation released");
        }
    }
}
