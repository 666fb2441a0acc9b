package org.livemig.results.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.livemig.core.measurement.MetricsSample;
import org.livemig.results.figures.FigureMetric;
import org.livemig.results.figures.RunSeries;

/**
 * SPEC 7, burst and drain: "on 19 PMs E drops at the change and recovers" (thesis Figure 5.25a, the burst). For
 * each run, with the mean system performance E over 1000 s windows (the samples at t in (start, end]):
 *
 * <ul>
 *   <li><b>before</b>: the window just before the change, {@code (change - 1000, change]};
 *   <li><b>after</b>: the window just after it, {@code (change, change + 1000]};
 *   <li><b>end</b>: the run's last window, {@code (last sample - 1000, last sample]};
 *   <li><b>noise</b>: the run's own window-to-window noise, the root mean square of the differences between
 *       successive windows from {@link OngoingNegotiationFindings#START_UP_S} to the change (the steady part
 *       of the curve before it; at least two windows).
 * </ul>
 *
 * <p>With means over the seeds of a strategy (loads pooled): E <b>drops</b> when before - after is larger than
 * the noise, i.e. the step at the change stands out from an ordinary step between two windows of the same
 * curve; it <b>recovers</b> when end is at least before - noise, back to within one ordinary step of the
 * pre-change level. It holds on a PM count and hypervisor of the simulation (more than 4 PMs) when every
 * strategy there both drops and recovers.
 */
final class PerformanceAtChangeFinding {

    static final String BURST_ID = "burst-e-drops-and-recovers";
    static final String DRAIN_ID = "drain-e-drops-and-recovers";
    private static final double W = FigureMetric.WINDOW_S;
    private static final double EPS = 1e-9;

    /** The four numbers of one run, or of a mean over runs. */
    record Levels(double before, double after, double end, double noise) {
        boolean drops() {
            return before - after > noise;
        }

        boolean recovers() {
            return end >= before - noise;
        }

        boolean present() {
            return !Double.isNaN(before + after + end + noise);
        }
    }

    private PerformanceAtChangeFinding() {}

    static FindingResult evaluate(RunGroups g, String type) {
        String id = type.equals("burst") ? BURST_ID : DRAIN_ID;
        Verdict v = new Verdict(
                id,
                cap(type) + ": on the 19-PM simulation E drops at the change and recovers, for "
                        + "every strategy (1000 s windows, means over seeds: drops = the window before the change minus the one "
                        + "after exceeds the run's window-to-window noise, the RMS step between successive windows from "
                        + (int) OngoingNegotiationFindings.START_UP_S
                        + " s to the change; recovers = the last window is at "
                        + "least the window before minus that noise)");
        for (RunGroups.Group group : g.groups()) {
            if (group.pms() <= 4) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            boolean holds = true;
            int n = 0;
            for (String strategy : List.of("push", "pull", "hybrid")) {
                List<Levels> runs =
                        g
                                .select(r -> group.test(r)
                                        && r.type().equals(type)
                                        && r.strategy().equals(strategy))
                                .stream()
                                .map(PerformanceAtChangeFinding::levels)
                                .filter(Levels::present)
                                .toList();
                if (runs.isEmpty()) {
                    continue;
                }
                Levels m = new Levels(
                        mean(runs, Levels::before),
                        mean(runs, Levels::after),
                        mean(runs, Levels::end),
                        mean(runs, Levels::noise));
                holds &= m.drops() && m.recovers();
                n = runs.size();
                parts.add(String.format(
                        Locale.ROOT,
                        "%s %.4f / %.4f / %.4f, noise %.4f (%s, %s)",
                        strategy,
                        m.before(),
                        m.after(),
                        m.end(),
                        m.noise(),
                        m.drops() ? "drops" : "no drop",
                        m.recovers() ? "recovers" : "no recovery"));
            }
            if (!parts.isEmpty()) {
                v.add(
                        holds,
                        group + ": E before / after / end " + String.join("; ", parts) + " (mean of " + n
                                + " runs each)");
            }
        }
        return v.result("needs " + type + " runs on the 19-PM simulation with at least 4000 s before the change and "
                + "2000 s after it; none in these results");
    }

    /** A run's levels; NaN where its windows are missing (too short either side of the change). */
    static Levels levels(RunSeries run) {
        List<MetricsSample> s = run.metrics();
        double change = run.row().changeAtS();
        double last = s.isEmpty() ? Double.NaN : s.get(s.size() - 1).timeS();
        if (!(last - W >= change + W - EPS)) {
            return new Levels(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        List<Double> steady = new ArrayList<>();
        for (double start = OngoingNegotiationFindings.START_UP_S; start + W <= change + EPS; start += W) {
            steady.add(windowMean(s, start, start + W));
        }
        double squares = 0;
        for (int i = 1; i < steady.size(); i++) {
            double d = steady.get(i) - steady.get(i - 1);
            squares += d * d;
        }
        double noise = steady.size() < 2 ? Double.NaN : Math.sqrt(squares / (steady.size() - 1));
        return new Levels(
                windowMean(s, change - W, change),
                windowMean(s, change, change + W),
                windowMean(s, last - W, last),
                noise);
    }

    /** The mean E of the samples at t in (from, to]; NaN when none. */
    static double windowMean(List<MetricsSample> samples, double from, double to) {
        return samples.stream()
                .filter(x -> x.timeS() > from + EPS && x.timeS() <= to + EPS)
                .mapToDouble(MetricsSample::systemPerformance)
                .average()
                .orElse(Double.NaN);
    }

    private static double mean(List<Levels> runs, java.util.function.ToDoubleFunction<Levels> q) {
        return runs.stream().mapToDouble(q).average().orElse(Double.NaN);
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
