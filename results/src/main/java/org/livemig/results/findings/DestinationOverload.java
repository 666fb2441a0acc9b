package org.livemig.results.findings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.livemig.core.measurement.MigrationRecord;
import org.livemig.core.measurement.PmLoadSample;

/**
 * How overloaded the destinations of one run became (thesis 5.1, Table 5-1): with overload failure on, an
 * overloaded PM stops answering, so it stops appearing in {@code pm_loads.csv} before the run ends. A
 * <em>destination failure</em> is such a PM that received a migrated VM within the load-average window
 * before its last report: it accepted VMs its lagging load average did not yet show. The pile-up is the
 * most VMs one PM received within any such window.
 *
 * @param destinationFailures PMs that stopped reporting within the window after receiving a VM
 * @param failedPms PMs that stopped reporting before the end, for any reason
 * @param mostReceivedInWindow the most migrations that ended on one PM within one window
 */
public record DestinationOverload(int destinationFailures, int failedPms, int mostReceivedInWindow) {

    /**
     * Measures a run.
     *
     * @param pmLoads the run's {@code pm_loads.csv} rows
     * @param migrations its {@code migrations.csv} rows
     * @param windowS the load-average window, s (SPEC 1: 300)
     * @return the measures; all 0 for a run without samples
     */
    public static DestinationOverload of(List<PmLoadSample> pmLoads, List<MigrationRecord> migrations, double windowS) {
        Map<Integer, Double> lastSeen = new HashMap<>();
        double end = Double.NEGATIVE_INFINITY;
        for (PmLoadSample s : pmLoads) {
            lastSeen.merge(s.pm(), s.timeS(), Math::max);
            end = Math.max(end, s.timeS());
        }
        Map<Integer, List<Double>> received = new HashMap<>();
        for (MigrationRecord m : migrations) {
            received.computeIfAbsent(m.destination(), k -> new ArrayList<>()).add(m.endS());
        }
        int failed = 0;
        int destinations = 0;
        for (Map.Entry<Integer, Double> e : lastSeen.entrySet()) {
            double last = e.getValue();
            if (last < end) {
                failed++;
                if (received.getOrDefault(e.getKey(), List.of()).stream()
                        .anyMatch(t -> t <= last && t >= last - windowS)) {
                    destinations++;
                }
            }
        }
        int most = 0;
        for (List<Double> times : received.values()) {
            List<Double> sorted = times.stream().sorted().toList();
            for (int i = 0, j = 0; i < sorted.size(); i++) {
                while (sorted.get(i) - sorted.get(j) > windowS) {
                    j++;
                }
                most = Math.max(most, i - j + 1);
            }
        }
        return new DestinationOverload(destinations, failed, most);
    }
}
