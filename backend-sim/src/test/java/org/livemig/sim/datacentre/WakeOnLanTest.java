package org.livemig.sim.datacentre;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.livemig.sim.SimulatedDatacentre;
import org.livemig.sim.TestDatacentres;

/** A powered-off PM woken by a peer boots for the given time, then is on again (LCC consolidate's wake). */
class WakeOnLanTest {

    @Test
    void aWokenPmIsOffWhileBootingAndOnAfterwards() {
        try (SimulatedDatacentre dc = SimulatedDatacentre.build(TestDatacentres.quiet(1, 4, 2048, 2))) {
            SimulatedHypervisor empty = dc.hypervisors().stream()
                    .filter(h -> h.vms().isEmpty())
                    .findFirst()
                    .orElseThrow();
            SimulatedHypervisor other = dc.hypervisors().stream()
                    .filter(h -> h != empty)
                    .findFirst()
                    .orElseThrow();
            assertFalse(other.wake(empty.pmId(), 60), "a PM that is on is not woken");
            assertTrue(empty.powerOff());
            assertFalse(empty.wake(empty.pmId(), 60), "a PM does not wake itself");
            assertTrue(other.wake(empty.pmId(), 60));
            assertFalse(other.wake(empty.pmId(), 60), "a booting PM is not woken twice");
            dc.runUntil(59);
            assertFalse(empty.poweredOn(), "still booting");
            assertTrue(empty.pm().isBooting());
            assertTrue(dc.network().isDown(empty.pmId()), "down on the network while booting");
            dc.runUntil(61);
            assertTrue(empty.poweredOn(), "up after the boot time");
            assertFalse(empty.pm().isBooting());
            assertFalse(dc.network().isDown(empty.pmId()), "back on the network");
        }
    }
}
