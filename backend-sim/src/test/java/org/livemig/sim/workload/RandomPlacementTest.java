package org.livemig.sim.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.livemig.scenario.Scenario;
import org.livemig.sim.datacentre.Cluster;
import org.livemig.sim.datacentre.SimulatedPm;
import org.livemig.sim.datacentre.SimulatedVm;

class RandomPlacementTest {

    /** 12 PMs of 2 cores (8 vcpus at overcommit 4) and 2048 MB: VMs of 2 vcpus and 512 MB fill one at 4. */
    private static final Scenario SMALL = Scenario.builder()
            .topology(t -> t.pms(12)
                    .coresPerPm(2)
                    .memoryPerPmMb(2048)
                    .vms(4)
                    .vmVcpus(2)
                    .vmMemoryMb(512))
            .build();

    @Test
    void placingAllAtOnceDrawsAsOneRandomFitPerVmDoesUntilThePmsAreFull() {
        List<Integer> reference = placements(SMALL, 44, true);
        List<Integer> batched = placements(SMALL, 44, false);
        assertEquals(reference, batched);
        assertEquals(44, batched.size());
    }

    @Test
    void aVmThatFitsNowhereIsRefused() {
        Cluster cluster = new Cluster(SMALL);
        List<SimulatedVm> vms = new ArrayList<>();
        for (int i = 0; i < 49; i++) {
            vms.add(cluster.newVm(2, 512, 0));
        }
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> RandomPlacement.placeAll(cluster, vms, new SplittableRandom(7), 0));
        assertEquals(true, e.getMessage().startsWith("cannot place VM 49 of 49"), e.getMessage());
    }

    /** The PM id of each VM, placed one randomFit at a time or by placeAll, from the same seed. */
    private static List<Integer> placements(Scenario scenario, int count, boolean oneAtATime) {
        Cluster cluster = new Cluster(scenario);
        SplittableRandom random = new SplittableRandom(42);
        List<SimulatedVm> vms = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            vms.add(cluster.newVm(2, 512, 0));
        }
        if (oneAtATime) {
            for (SimulatedVm vm : vms) {
                SimulatedPm pm = RandomPlacement.randomFit(cluster, vm, random);
                cluster.place(vm, pm, 0);
            }
        } else {
            RandomPlacement.placeAll(cluster, vms, random, 0);
        }
        return vms.stream().map(vm -> vm.host().id()).toList();
    }
}
