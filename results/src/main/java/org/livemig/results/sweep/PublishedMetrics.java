package org.livemig.results.sweep;

import java.util.List;
import java.util.Map;

/**
 * The metrics consolidation research publishes (Beloglazov and Buyya 2012) as one run's summary has them
 * (SPEC 8), for {@code index.csv}; NaN where a summary (an older one) lacks a key.
 *
 * @param slatah SLA time per active host
 * @param pdm performance degradation due to migrations
 * @param slav SLATAH x PDM
 * @param energyKwh energy of all PMs, kWh
 * @param esv energy x SLAV
 * @param downtimeSTotal summed migration downtime, s
 * @param timeAbovePushThresholdSMax the most time one PM spent above the push threshold, s
 * @param vmsAtEnd VMs placed at the end
 */
public record PublishedMetrics(
        double slatah,
        double pdm,
        double slav,
        double energyKwh,
        double esv,
        double downtimeSTotal,
        double timeAbovePushThresholdSMax,
        double vmsAtEnd) {

    /** The columns of {@code index.csv}, in order. */
    public static final List<String> COLUMNS = List.of(
            "slatah",
            "pdm",
            "slav",
            "energy_kwh",
            "esv",
            "downtime_s_total",
            "time_above_push_threshold_s_max",
            "vms_at_end");

    /** Every value missing. */
    public static final PublishedMetrics MISSING = new PublishedMetrics(
            Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    /** The values of a summary's extra keys. */
    public static PublishedMetrics of(Map<String, Object> extra) {
        double[] v = new double[COLUMNS.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = extra.get(COLUMNS.get(i)) instanceof Number n ? n.doubleValue() : Double.NaN;
        }
        return of(v);
    }

    /** The values in {@link #COLUMNS} order. */
    public static PublishedMetrics of(double[] v) {
        return new PublishedMetrics(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
    }

    /** The values in {@link #COLUMNS} order. */
    public double[] values() {
        return new double[] {slatah, pdm, slav, energyKwh, esv, downtimeSTotal, timeAbovePushThresholdSMax, vmsAtEnd};
    }
}
