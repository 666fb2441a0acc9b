package org.livemig.libvirt.testbed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.livemig.scenario.LoadLevel;
import org.livemig.scenario.Workload;
import org.livemig.scenario.WorkloadType;

/** Which quota each guest gets when, for normal, burst and drain workloads; no daemons needed. */
class QuotaScheduleTest {

    private static final List<LocalTestbed.Guest> HOTSPOT =
            LocalTestbed.Plan.hotspot(3, 3, 0.25, 0.01).guests();

    @Test
    void normalWorkloadKeepsTheStartQuotas() {
        QuotaSchedule s = QuotaSchedule.of(Workload.defaults(), 20_000, 90, HOTSPOT);
        assertFalse(s.changes());
        assertTrue(Double.isNaN(s.changeAtS()));
    }

    @Test
    void fluctuationKeepsTheStartQuotas() {
        Workload w = Workload.builder().type(WorkloadType.FLUCTUATION).build();
        assertFalse(QuotaSchedule.of(w, 20_000, 90, HOTSPOT).changes());
    }

    @Test
    void burstFromLowToHighScalesEveryGuestAtTheScaledChangeTime() {
        Workload w = Workload.builder()
                .type(WorkloadType.BURST)
                .level(LoadLevel.LOW)
                .burstLevel(LoadLevel.HIGH)
                .changeAtS(10_000)
                .build();
        QuotaSchedule s = QuotaSchedule.of(w, 20_000, 90, HOTSPOT);
        assertEquals(45, s.changeAtS(), 1e-9, "half way through the scenario is half way through the run");
        assertEquals(5, s.steps().size(), "one change per guest");
        for (QuotaSchedule.Step step : s.steps()) {
            assertEquals(45, step.atS(), 1e-9);
        }
        // 0.25 x 0.55 / 0.25 = 0.55 of a core on each guest of PM 1; 0.01 x 2.2 = 0.022 elsewhere
        assertEquals(
                new QuotaSchedule.Step(45, 1, 0.55, 55_000), round(s.steps().get(0)));
        assertEquals(
                new QuotaSchedule.Step(45, 3, 0.55, 55_000), round(s.steps().get(2)));
        assertEquals(
                new QuotaSchedule.Step(45, 4, 0.022, 2_200), round(s.steps().get(3)));
        assertEquals(
                new QuotaSchedule.Step(45, 5, 0.022, 2_200), round(s.steps().get(4)));
    }

    @Test
    void drainFromMediumToLowLowersEveryGuest() {
        Workload w = Workload.builder()
                .type(WorkloadType.DRAIN)
                .level(LoadLevel.MEDIUM)
                .drainLevel(LoadLevel.LOW)
                .changeAtS(5_000)
                .build();
        QuotaSchedule s = QuotaSchedule.of(w, 20_000, 80, HOTSPOT);
        assertEquals(20, s.changeAtS(), 1e-9);
        // 0.25 x 0.25 / 0.4 = 0.15625; 0.01 x 0.625 = 0.00625, below the 1000 us floor
        assertEquals(
                new QuotaSchedule.Step(20, 2, 0.15625, 15_625), round(s.steps().get(1)));
        assertEquals(
                new QuotaSchedule.Step(20, 4, 0.00625, 1_000), round(s.steps().get(3)));
    }

    @Test
    void aGuestNeverGetsMoreThanOneCore() {
        Workload w = Workload.builder()
                .type(WorkloadType.BURST)
                .level(LoadLevel.LOW)
                .burstLevel(LoadLevel.HIGH)
                .changeAtS(1)
                .build();
        QuotaSchedule s = QuotaSchedule.of(w, 10, 10, List.of(new LocalTestbed.Guest(1, 7, 0.8)));
        assertEquals(new QuotaSchedule.Step(1, 7, 1.0, 100_000), round(s.steps().get(0)));
    }

    @Test
    void quotaMatchesTheScriptsRule() {
        assertEquals(25_000, QuotaSchedule.quota(0.25));
        assertEquals(1_000, QuotaSchedule.quota(0.0));
        assertEquals(100_000, QuotaSchedule.quota(3));
    }

    @Test
    void nonPositiveDurationsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> QuotaSchedule.of(Workload.defaults(), 0, 90, HOTSPOT));
        assertThrows(IllegalArgumentException.class, () -> QuotaSchedule.of(Workload.defaults(), 90, -1, HOTSPOT));
    }

    @Property
    void theChangeKeepsItsFractionOfTheRun(
            @ForAll @DoubleRange(min = 0.01, max = 0.99) double fraction,
            @ForAll @DoubleRange(min = 10, max = 100_000) double scenarioS,
            @ForAll @DoubleRange(min = 5, max = 3_600) double testbedS) {
        Workload w = Workload.builder()
                .type(WorkloadType.DRAIN)
                .changeAtS(fraction * scenarioS)
                .build();
        QuotaSchedule s = QuotaSchedule.of(w, scenarioS, testbedS, HOTSPOT);
        assertEquals(fraction, s.changeAtS() / testbedS, 1e-9);
        assertTrue(s.steps().stream()
                .allMatch(st -> st.quotaUs() >= QuotaSchedule.MIN_QUOTA_US
                        && st.quotaUs() <= QuotaSchedule.PERIOD_US
                        && st.load() < 0.25));
    }

    private static QuotaSchedule.Step round(QuotaSchedule.Step s) {
        return new QuotaSchedule.Step(s.atS(), s.vmId(), Math.round(s.load() * 1e9) / 1e9, s.quotaUs());
    }
}
