package org.livemig.results.findings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.livemig.results.ResultFormatException;
import org.livemig.results.figures.RunSeries;
import org.livemig.results.sweep.IndexRow;

/**
 * Evaluates the findings of SPEC 7 (thesis chapter 5) that a simulation can test, on a set of runs. Each
 * finding is checked on every group of runs it applies to (PM count and hypervisor, or size); it passes if
 * it holds on all of them. Comparisons use means over the seeds of each cell and say how many seeds.
 */
public final class ThesisFindings {

    /** Testbed runs must reach at least this mean system performance ("near 1"). */
    public static final double NEAR_ONE = 0.9;
    /** The testbed's push threshold, where thesis 5.2.1 saw the Xen/KVM difference. */
    static final double TESTBED_PUSH_THRESHOLD = 0.55;
    /** Hybrid is "like" Push (Pull) when it reaches at least this share of its count. */
    public static final double LIKE_SHARE = 0.5;

    /** The ids of every finding, in report order. */
    public static final List<String> IDS = List.of(
            "push-most-at-high",
            "pull-most-at-low",
            "hybrid-like-push-at-high",
            "hybrid-like-pull-at-low",
            "hybrid-most-attempts",
            "testbed-performance-near-1",
            "simulation-push-high-above-pull-high",
            "burst-raises-push-attempts",
            "drain-raises-pull-attempts",
            "burst-e-drops-and-recovers",
            "drain-e-drops-and-recovers",
            "variable-thresholds-raise-attempts",
            "variable-thresholds-raise-performance-simulation",
            "busy-profiles-keep-negotiating",
            "hybrid-busiest-at-medium",
            "xen-kvm-mechanism",
            "overhead-near-0-without-migrations",
            "overhead-higher-when-busy",
            "settle-periods-prevent-overload",
            "lcc-balance-within-80-120");

    /** The negotiating strategies of the thesis (not LCC). */
    static final Set<String> STRATEGIES = Set.of("push", "pull", "hybrid");

    private static final Predicate<IndexRow> NORMAL_FIXED = r -> r.variant().equals("normal-fixed");
    private static final ToDoubleFunction<RunSeries> ATTEMPTS = r -> r.row().attempts();
    private static final ToDoubleFunction<RunSeries> MIGRATIONS = r -> r.row().migrations();
    private static final ToDoubleFunction<RunSeries> PERFORMANCE = r -> r.row().meanSystemPerformance();

    private ThesisFindings() {}

    /**
     * Evaluates every finding.
     *
     * @param all the runs (any mix of sweeps); the Table 4-1 findings use only {@link #tableFourOne} runs
     * @return one result per id of {@link #IDS}, in that order
     * @throws ResultFormatException if a {@code pm_loads.csv} or {@code migrations.csv} the last two findings
     *     read is missing or malformed (one line)
     * @throws IOException if reading one fails otherwise
     */
    public static List<FindingResult> evaluate(List<RunSeries> all) throws IOException, ResultFormatException {
        List<RunSeries> runs = all.stream().filter(r -> tableFourOne(r.row())).toList();
        RunGroups g = new RunGroups(runs);
        List<FindingResult> out = new ArrayList<>();
        out.add(mostAt(
                g,
                "push-most-at-high",
                "push",
                "high",
                "Push makes most attempts and migrations at high load (normal, fixed thresholds)"));
        out.add(mostAt(
                g,
                "pull-most-at-low",
                "pull",
                "low",
                "Pull makes most attempts and migrations at low load (normal, fixed thresholds)"));
        out.add(hybridLike(g, "hybrid-like-push-at-high", "push", "high"));
        out.add(hybridLike(g, "hybrid-like-pull-at-low", "pull", "low"));
        out.add(hybridMost(g));
        out.add(testbedNearOne(g));
        out.add(pushHighAbovePullHigh(g));
        out.add(changeRaises(
                g,
                "burst-raises-push-attempts",
                "burst",
                "push",
                "Burst: Push attempts per 1000 s rise at the burst (3000 s after vs 3000 s before)"));
        out.add(changeRaises(
                g,
                "drain-raises-pull-attempts",
                "drain",
                "pull",
                "Drain: Pull attempts per 1000 s rise at the drain (3000 s after vs 3000 s before)"));
        out.add(PerformanceAtChangeFinding.evaluate(g, "burst"));
        out.add(PerformanceAtChangeFinding.evaluate(g, "drain"));
        out.add(variableRaises(
                g,
                "variable-thresholds-raise-attempts",
                ATTEMPTS,
                false,
                "Variable thresholds raise attempts (normal, all strategies and loads)"));
        out.add(variableRaises(
                g,
                "variable-thresholds-raise-performance-simulation",
                PERFORMANCE,
                true,
                "Variable thresholds raise system performance on the 19-PM simulation"));
        out.add(OngoingNegotiationFindings.busyProfilesKeepNegotiating(g));
        out.add(OngoingNegotiationFindings.hybridBusiestAtMedium(g));
        out.add(OngoingNegotiationFindings.xenKvmMechanism(g, TESTBED_PUSH_THRESHOLD));
        out.add(OngoingNegotiationFindings.overheadNearZeroWithoutAttempts(g));
        out.add(OngoingNegotiationFindings.overheadHigherWhenBusy(g));
        out.add(SettlePeriodFinding.evaluate(all));
        out.add(LccBalanceFinding.evaluate(all));
        return out;
    }

    /**
     * Whether a run belongs to the Table 4-1 matrix the findings of thesis chapter 5 are about: Push, Pull
     * or Hybrid with the thesis's settle periods and no overload failure (not the settle-period study, not
     * LCC).
     */
    public static boolean tableFourOne(IndexRow row) {
        return STRATEGIES.contains(row.strategy()) && row.thesisSettings();
    }

    private static FindingResult mostAt(RunGroups g, String id, String strategy, String load, String text) {
        Verdict v = new Verdict(id, text);
        for (RunGroups.Group group : g.groups()) {
            Predicate<IndexRow> base =
                    NORMAL_FIXED.and(group).and(r -> r.strategy().equals(strategy));
            for (String what : List.of("attempts", "migrations")) {
                ToDoubleFunction<RunSeries> q = what.equals("attempts") ? ATTEMPTS : MIGRATIONS;
                RunGroups.Mean at = g.mean(base.and(r -> r.load().equals(load)), q);
                if (!at.present()) {
                    continue;
                }
                boolean holds = at.value() > 0;
                StringBuilder text2 = new StringBuilder(group + " " + what + ": " + load + " " + at);
                for (String other : List.of("low", "medium", "high")) {
                    RunGroups.Mean o = g.mean(base.and(r -> r.load().equals(other)), q);
                    if (!other.equals(load) && o.present()) {
                        holds &= at.value() > o.value();
                        text2.append(", ").append(other).append(' ').append(o);
                    }
                }
                v.add(holds, text2 + seeds(at));
            }
        }
        return v.result();
    }

    private static FindingResult hybridLike(RunGroups g, String id, String single, String load) {
        Verdict v = new Verdict(
                id,
                "Hybrid behaves like " + cap(single) + " at " + load + " load: at least " + (int) (LIKE_SHARE * 100)
                        + " % of its attempts and migrations (normal, fixed thresholds)");
        for (RunGroups.Group group : g.groups()) {
            Predicate<IndexRow> cell = NORMAL_FIXED.and(group).and(r -> r.load().equals(load));
            for (String what : List.of("attempts", "migrations")) {
                ToDoubleFunction<RunSeries> q = what.equals("attempts") ? ATTEMPTS : MIGRATIONS;
                RunGroups.Mean h = g.mean(cell.and(r -> r.strategy().equals("hybrid")), q);
                RunGroups.Mean s = g.mean(cell.and(r -> r.strategy().equals(single)), q);
                if (h.present() && s.present()) {
                    v.add(
                            h.value() >= LIKE_SHARE * s.value(),
                            group + " " + what + ": hybrid " + h + " vs " + single + " " + s + seeds(h));
                }
            }
        }
        return v.result();
    }

    private static FindingResult hybridMost(RunGroups g) {
        Verdict v = new Verdict(
                "hybrid-most-attempts",
                "Hybrid makes more attempts overall than Push and than Pull (normal, fixed thresholds, all loads)");
        for (RunGroups.Group group : g.groups()) {
            RunGroups.Mean h =
                    g.mean(NORMAL_FIXED.and(group).and(r -> r.strategy().equals("hybrid")), ATTEMPTS);
            RunGroups.Mean pu =
                    g.mean(NORMAL_FIXED.and(group).and(r -> r.strategy().equals("push")), ATTEMPTS);
            RunGroups.Mean pl =
                    g.mean(NORMAL_FIXED.and(group).and(r -> r.strategy().equals("pull")), ATTEMPTS);
            if (h.present() && pu.present() && pl.present()) {
                v.add(
                        h.value() >= pu.value() && h.value() >= pl.value(),
                        group + ": mean attempts per run hybrid " + h + ", push " + pu + ", pull " + pl + seeds(h));
            }
        }
        return v.result();
    }

    private static FindingResult testbedNearOne(RunGroups g) {
        Verdict v = new Verdict(
                "testbed-performance-near-1",
                "System performance is near 1 on the 4-PM testbed" + " (mean E >= " + NEAR_ONE
                        + " for every strategy and load, normal, fixed thresholds)");
        for (RunGroups.Group group : g.groups()) {
            if (group.pms() > 4) {
                continue;
            }
            for (String s : List.of("push", "pull", "hybrid")) {
                for (String load : List.of("low", "medium", "high")) {
                    RunGroups.Mean e = g.mean(
                            NORMAL_FIXED
                                    .and(group)
                                    .and(r -> r.strategy().equals(s) && r.load().equals(load)),
                            PERFORMANCE);
                    if (e.present()) {
                        v.add(e.value() >= NEAR_ONE, group + " " + s + " " + load + ": E " + e + seeds(e));
                    }
                }
            }
        }
        return v.result();
    }

    private static FindingResult pushHighAbovePullHigh(RunGroups g) {
        Verdict v = new Verdict(
                "simulation-push-high-above-pull-high",
                "On 19 PMs Push high has a higher system performance than Pull high (normal, fixed thresholds)");
        for (RunGroups.Group group : g.groups()) {
            if (group.pms() <= 4) {
                continue;
            }
            Predicate<IndexRow> high = NORMAL_FIXED.and(group).and(r -> r.load().equals("high"));
            RunGroups.Mean push = g.mean(high.and(r -> r.strategy().equals("push")), PERFORMANCE);
            RunGroups.Mean pull = g.mean(high.and(r -> r.strategy().equals("pull")), PERFORMANCE);
            if (push.present() && pull.present()) {
                v.add(
                        push.value() > pull.value(),
                        String.format(
                                        Locale.ROOT,
                                        "%s: E push high %.4f, pull high %.4f",
                                        group,
                                        push.value(),
                                        pull.value())
                                + seeds(push));
            }
        }
        return v.result();
    }

    private static FindingResult changeRaises(RunGroups g, String id, String type, String strategy, String text) {
        Verdict v = new Verdict(id, text);
        for (RunGroups.Group group : g.groups()) {
            Predicate<IndexRow> cell =
                    group.and(r -> r.type().equals(type) && r.strategy().equals(strategy));
            RunGroups.Mean before = g.mean(cell, r -> RunGroups.attemptsPerWindow(r, false));
            RunGroups.Mean after = g.mean(cell, r -> RunGroups.attemptsPerWindow(r, true));
            if (before.present() && !Double.isNaN(before.value()) && !Double.isNaN(after.value())) {
                v.add(
                        after.value() > before.value(),
                        group + ": attempts per 1000 s before " + before + ", after " + after + seeds(before));
            }
        }
        return v.result();
    }

    private static FindingResult variableRaises(
            RunGroups g, String id, ToDoubleFunction<RunSeries> q, boolean simulationOnly, String text) {
        Verdict v = new Verdict(id, text);
        for (RunGroups.Group group : g.groups()) {
            if (simulationOnly && group.pms() <= 4) {
                continue;
            }
            RunGroups.Mean fixed = g.mean(NORMAL_FIXED.and(group), q);
            RunGroups.Mean variable = g.mean(group.and(r -> r.variant().equals("normal-variable")), q);
            if (fixed.present() && variable.present()) {
                v.add(
                        variable.value() > fixed.value(),
                        String.format(
                                        Locale.ROOT,
                                        "%s: variable %.4f vs fixed %.4f " + "per run",
                                        group,
                                        variable.value(),
                                        fixed.value())
                                + seeds(variable));
            }
        }
        return v.result();
    }

    private static String seeds(RunGroups.Mean m) {
        return " (mean of " + m.n() + (m.n() == 1 ? " run)" : " runs)");
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
