package org.livemig.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** toYaml followed by parse gives back an equal scenario. */
class ScenarioWriterTest {

    private static Scenario roundTrip(Scenario s) throws ScenarioException {
        return ScenarioLoader.parse(ScenarioWriter.toYaml(s), "effective.yaml");
    }

    @Test
    void defaultsRoundTrip() throws ScenarioException {
        assertEquals(Scenario.defaults(), roundTrip(Scenario.defaults()));
    }

    @Test
    void everyPackagedScenarioRoundTrips() throws ScenarioException {
        for (String name : PackagedScenarios.names()) {
            Scenario s = PackagedScenarios.load(name);
            assertEquals(s, roundTrip(s), name);
        }
    }

    @Test
    void writesEveryKeyPlainly() {
        String yaml = ScenarioWriter.toYaml(Scenario.defaults());
        for (ScenarioKey key : ScenarioKeys.all()) {
            if (!key.name().equals("hypervisor_load_factor") && !key.group().equals("faults")) {
                assertTrue(yaml.contains(key.leaf() + ": "), key.name());
            }
        }
        assertFalse(yaml.contains("faults:"), "no faults, no faults group: scenario.yaml stays as it was");
        assertTrue(yaml.contains("name: \"scenario\"\n"), yaml);
        assertTrue(yaml.contains("\n  latency_s: 0.0005\n"), yaml);
        assertTrue(yaml.contains("\n  a: -0.0463\n"), yaml);
        assertTrue(yaml.contains("\nduration_s: 20000\n"), yaml);
        assertFalse(yaml.contains("E-"), yaml);
        assertFalse(yaml.contains("hypervisor_load_factor"), yaml);
    }

    @Test
    void anyFaultWritesTheWholeFaultsGroupAndReadsBack() throws ScenarioException {
        Scenario s = Scenario.builder()
                .faults(f -> f.crashPm(2).linkLoss("0>1=0.5, *>mp=0.1"))
                .build();
        String yaml = ScenarioWriter.toYaml(s);
        for (ScenarioKey key : ScenarioKeys.all()) {
            if (key.group().equals("faults")) {
                assertTrue(yaml.contains("\n  " + key.leaf() + ": "), key.name());
            }
        }
        assertEquals(s, roundTrip(s));
    }

    @Test
    void loadFactorOverrideAndOddNamesRoundTrip() throws ScenarioException {
        Scenario s = Scenario.builder().name("123").hypervisorLoadFactor(0.8).build();
        assertEquals(s, roundTrip(s));
        Scenario named = Scenario.builder().name("true").build();
        assertEquals(named, roundTrip(named));
    }

    @Test
    void writesAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("scenario.yaml");
        Scenario s = Scenario.builder().strategy(Strategy.HYBRID).build();
        ScenarioWriter.write(s, file);
        assertEquals(s, ScenarioLoader.load(file));
    }

    @Property(tries = 200)
    void randomScenariosRoundTrip(
            @ForAll @DoubleRange(min = 0.01, max = 2) @Scale(9) double push,
            @ForAll @DoubleRange(min = 0, max = 0.999) @Scale(6) double pullShare,
            @ForAll long seed,
            @ForAll @DoubleRange(min = 1e-7, max = 1e6) @Scale(12) double duration,
            @ForAll @IntRange(min = 2, max = 500) int pms,
            @ForAll @DoubleRange(min = -1e3, max = 1e3) @Scale(15) double a,
            @ForAll @DoubleRange(min = 0, max = 1) @Scale(17) double loss,
            @ForAll Strategy strategy,
            @ForAll Hypervisor hypervisor,
            @ForAll WorkloadType type,
            @ForAll boolean variable)
            throws ScenarioException {
        Scenario s = Scenario.builder()
                .strategy(strategy)
                .hypervisor(hypervisor)
                .seed(seed)
                .durationS(duration)
                .measurementIntervalS(Math.max(Math.min(5, duration), duration / 1000)) // within RunBounds
                .topology(t -> t.pms(pms))
                .workload(w ->
                        w.type(type == WorkloadType.BURST || type == WorkloadType.DRAIN ? WorkloadType.NORMAL : type))
                .negotiation(n ->
                        n.pushThreshold(push).pullThreshold(push * pullShare).variableThresholds(variable))
                .costModel(c -> c.a(a))
                .network(n -> n.lossProbability(loss))
                .build();
        assertEquals(s, roundTrip(s));
    }
}
