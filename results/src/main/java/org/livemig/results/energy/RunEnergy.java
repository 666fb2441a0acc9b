package org.livemig.results.energy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.livemig.core.measurement.MetricsSample;
import org.livemig.core.measurement.PmLoadSample;

/**
 * Energy of a run, integrated over its per-interval samples: each sample's power (active PMs at their
 * reported loads, the other PMs off) holds from the previous sample to this one, the last one to the end.
 *
 * @param energyKwh energy of all PMs over the run, kWh
 * @param meanActivePms time-weighted mean number of active PMs
 */
public record RunEnergy(double energyKwh, double meanActivePms) {

    private static final double JOULES_PER_KWH = 3.6e6;

    /**
     * Integrates {@code model} over a run.
     *
     * @param metrics the run's samples, in time order ({@code activePms} of each)
     * @param pmLoads the loads of the active PMs at each sample time
     * @param pms number of PMs in the datacentre (active or off)
     * @param endS the run's end, s
     */
    public static RunEnergy of(LinearPowerModel model, List<MetricsSample> metrics, List<PmLoadSample> pmLoads,
                               int pms, double endS) {
        Map<Double, Double> activeWatts = activeWattsByTime(model, pmLoads);
        double joules = 0;
        double pmSeconds = 0;
        double covered = 0;
        double before = 0;
        for (int i = 0; i < metrics.size(); i++) {
            MetricsSample m = metrics.get(i);
            double until = i + 1 < metrics.size() ? m.timeS() : Math.max(m.timeS(), endS);
            double dt = Math.max(0, until - before);
            int off = Math.max(0, pms - m.activePms());
            joules += (activeWatts.getOrDefault(m.timeS(), 0.0) + off * model.offW()) * dt;
            pmSeconds += m.activePms() * dt;
            covered += dt;
            before = until;
        }
        return new RunEnergy(joules / JOULES_PER_KWH, covered > 0 ? pmSeconds / covered : 0);
    }

    /**
     * Summed active watts per sample time, added in the order of {@code pmLoads} (as merging each sample
     * into the map would, bit for bit), but boxed once per run of equal times instead of once per sample.
     */
    private static Map<Double, Double> activeWattsByTime(LinearPowerModel model, List<PmLoadSample> pmLoads) {
        Map<Double, Double> activeWatts = new HashMap<>();
        long timeBits = 0;
        double time = 0;
        double sum = 0;
        boolean open = false;
        for (PmLoadSample s : pmLoads) {
            double watts = model.activeWatts(s.load());
            if (open && Double.doubleToLongBits(s.timeS()) == timeBits) {
                sum = sum + watts;
                continue;
            }
            if (open) {
                activeWatts.put(time, sum);
            }
            time = s.timeS();
            timeBits = Double.doubleToLongBits(time);
            Double earlier = activeWatts.get(time);
            sum = earlier == null ? watts : earlier + watts;
            open = true;
        }
        if (open) {
            activeWatts.put(time, sum);
        }
        return activeWatts;
    }
}
