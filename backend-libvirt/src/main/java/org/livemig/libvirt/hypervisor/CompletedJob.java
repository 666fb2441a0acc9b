package org.livemig.libvirt.hypervisor;

import java.util.HashMap;
import java.util.Map;
import org.libvirt.Domain;
import org.libvirt.DomainJobStats;
import org.libvirt.TypedParameter;

/**
 * Statistics of a finished migration as libvirt reports them on the destination
 * ({@code virDomainGetJobStats(VIR_DOMAIN_JOB_STATS_COMPLETED)}); missing fields read as NaN.
 *
 * @param processedMb   data sent, MB (V_mig)
 * @param downtimeS     total downtime, s (T_down)
 * @param dirtyRateMbps page-dirtying rate seen in the last iteration, MB/s
 */
record CompletedJob(double processedMb, double downtimeS, double dirtyRateMbps) {

    private static final double MIB = 1024.0 * 1024.0;

    /** The completed job of {@code domain}, or all NaN if libvirt has none. */
    static CompletedJob of(Domain domain) {
        Map<String, Double> f = new HashMap<>();
        try {
            DomainJobStats stats = domain.getJobStats(Domain.GetJobStatsFlags.COMPLETED);
            if (stats != null && stats.stats != null) {
                for (TypedParameter p : stats.stats) {
                    try {
                        f.put(p.field, Double.parseDouble(p.getValueAsString()));
                    } catch (NumberFormatException ignored) {
                        // a text field; not needed
                    }
                }
            }
        } catch (Exception e) {
            return new CompletedJob(Double.NaN, Double.NaN, Double.NaN);
        }
        double processed = f.getOrDefault("memory_processed", f.getOrDefault("data_processed", Double.NaN)) / MIB;
        double downtime = f.getOrDefault("downtime", Double.NaN) / 1000.0;
        double dirty =
                f.getOrDefault("memory_dirty_rate", Double.NaN) * f.getOrDefault("memory_page_size", 4096.0) / MIB;
        return new CompletedJob(processed, downtime, dirty);
    }
}
