package org.livemig.sim.datacentre;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.livemig.sim.SimulatedDatacentre;
import org.livemig.sim.TestDatacentres;
import org.livemig.sim.invariant.InvariantViolation;

/** Breaks the datacentre's state on purpose (package-private access) and expects the checker to see it. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class InvariantCheckerTest {

    private static SimulatedDatacentre build() {
        return SimulatedDatacentre.build(TestDatacentres.quiet(4, 3, 1024, 6));
    }

    private static SimulatedPm otherPm(SimulatedDatacentre dc, SimulatedPm pm) {
        return dc.cluster().pm((pm.id() + 1) % 3);
    }

    @Test
    void aConsistentDatacentrePasses() {
        try (SimulatedDatacentre dc = build()) {
            assertDoesNotThrow(dc::checkInvariants);
        }
    }

    @Test
    void aVmOnTwoPmsIsAViolation() {
        try (SimulatedDatacentre dc = build()) {
            SimulatedVm vm = dc.cluster().vm(0);
            SimulatedPm source = vm.host();
            otherPm(dc, source).addResident(vm);
            InvariantViolation violation = assertThrows(InvariantViolation.class, dc::checkInvariants);
            assertTrue(violation.getMessage().matches(".*VM 0 is (on|listed on) PM \\d.*"), violation.getMessage());
            assertEquals(1, violation.getMessage().lines().count());
        }
    }

    /** The check after a migration event looks at its two PMs only, and still sees a VM listed on both. */
    @Test
    void theTwoPmsOfAMigrationAreCheckedAlone() {
        try (SimulatedDatacentre dc = build()) {
            org.livemig.sim.invariant.InvariantChecker checker =
                    new org.livemig.sim.invariant.InvariantChecker(dc.cluster(), dc.scheduler());
            SimulatedVm vm = dc.cluster().vm(0);
            SimulatedPm source = vm.host();
            SimulatedPm other = otherPm(dc, source);
            assertDoesNotThrow(() -> checker.checkPms(source, other));
            other.addResident(vm);
            InvariantViolation violation =
                    assertThrows(InvariantViolation.class, () -> checker.checkPms(source, other));
            assertTrue(
                    violation.getMessage().matches(".*VM 0 is listed on PM \\d but runs on PM \\d"),
                    violation.getMessage());
            SimulatedPm third = dc.cluster().pms().stream()
                    .filter(pm -> pm != source && pm != other)
                    .findFirst()
                    .orElseThrow();
            assertDoesNotThrow(() -> checker.checkPms(third, third), "PMs outside the migration are not read");
        }
    }

    @Test
    void aVmOnNoPmIsAViolation() {
        try (SimulatedDatacentre dc = build()) {
            SimulatedVm vm = dc.cluster().vm(0);
            vm.host().removeResident(vm);
            InvariantViolation violation = assertThrows(InvariantViolation.class, dc::checkInvariants);
            assertTrue(violation.getMessage().contains("VM 0 is on no PM"), violation.getMessage());
        }
    }

    @Test
    void moreMemoryThanThePmHasIsAViolation() {
        try (SimulatedDatacentre dc = build()) {
            SimulatedPm pm = dc.cluster().pm(0);
            SimulatedVm big = new SimulatedVm(999, 1, 4096, 1, 5, 300);
            pm.reserve(big);
            InvariantViolation violation = assertThrows(InvariantViolation.class, dc::checkInvariants);
            assertTrue(violation.getMessage().contains("PM 0 holds"), violation.getMessage());
        }
    }

    @Test
    void aViolationDuringARunEndsItAndReachesTheCaller() {
        try (SimulatedDatacentre dc = build()) {
            SimulatedVm vm = dc.cluster().vm(0);
            dc.scheduler().schedule(150, () -> vm.host().removeResident(vm));
            long[] samplesAfter = {0};
            dc.addObserver(new DatacentreObserver() {
                @Override
                public void loadsSampled(double timeS) {
                    if (timeS > 200) {
                        samplesAfter[0]++;
                    }
                }
            });

            InvariantViolation violation = assertThrows(InvariantViolation.class, () -> dc.runUntil(1000));

            assertTrue(violation.getMessage().startsWith("invariant violated at t=200.0 s"), violation.getMessage());
            assertEquals(0, samplesAfter[0], "nothing runs after the violation");
        }
    }
}
