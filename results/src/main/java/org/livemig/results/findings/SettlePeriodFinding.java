package org.livemig.results.findings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.HypergeometricDistribution;
import org.livemig.results.ResultFormatException;
import org.livemig.results.figures.RunSeries;
import org.livemig.results.sweep.IndexRow;

/**
 * SPEC 7, thesis 5.1: without the 30 s / 45 s settle periods destination hosts are overloaded because the
 * load average lags. Compares runs with overload failure on, settle periods 0 s / 0 s against 30 s / 45 s,
 * per PM count and hypervisor, by their {@link DestinationOverload destination failures}. It holds on a
 * group when runs without settle periods have destination failures, more per run than runs with them, and
 * more runs with one (one-sided Fisher exact test, p at most {@link #MAX_P}).
 */
final class SettlePeriodFinding {

    static final String ID = "settle-periods-prevent-overload";
    /** The load-average window, s (SPEC 1: the 5-minute average). */
    static final double WINDOW_S = 300;
    /** Largest p-value of the one-sided Fisher exact test on runs with a destination failure. */
    static final double MAX_P = 0.05;

    private SettlePeriodFinding() {}

    static FindingResult evaluate(List<RunSeries> runs) throws IOException, ResultFormatException {
        Verdict v = new Verdict(
                ID,
                "Without the 30 s / 45 s settle periods destination hosts are overloaded "
                        + "(overload failure on: PMs that fail within " + (int) WINDOW_S + " s of receiving a VM)");
        List<RunSeries> study = runs.stream()
                .filter(r -> r.row().overloadFailure()
                        && ThesisFindings.STRATEGIES.contains(r.row().strategy()))
                .toList();
        RunGroups g = new RunGroups(study);
        for (RunGroups.Group group : g.groups()) {
            List<DestinationOverload> without = measure(g.select(group.and(r -> r.settleIs(0, 0))));
            List<DestinationOverload> with = measure(g.select(
                    group.and(r -> r.settleIs(IndexRow.THESIS_DESTINATION_SETTLE_S, IndexRow.THESIS_SOURCE_SETTLE_S))));
            if (without.isEmpty() || with.isEmpty()) {
                continue;
            }
            double meanWithout = mean(without);
            double meanWith = mean(with);
            int hitWithout = runsWithFailure(without);
            int hitWith = runsWithFailure(with);
            double p = oneSidedFisherP(hitWithout, without.size(), hitWith, with.size());
            boolean holds = hitWithout > 0 && meanWithout > meanWith && p <= MAX_P;
            v.add(
                    holds,
                    String.format(
                            Locale.ROOT,
                            "%s: without settle periods (0 s / 0 s) %.2f destination "
                                    + "failures per run, in %d of %d runs; with 30 s / 45 s %.2f, in %d of %d runs (one-sided Fisher "
                                    + "exact p = %.4f); most VMs one PM received within %d s: %.2f vs %.2f (means over runs)",
                            group,
                            meanWithout,
                            hitWithout,
                            without.size(),
                            meanWith,
                            hitWith,
                            with.size(),
                            p,
                            (int) WINDOW_S,
                            meanMost(without),
                            meanMost(with)));
        }
        return v.result("needs push, pull or hybrid runs with overload_failure.enabled and settle periods 0/0 "
                + "and 30/45 s (scenarios/thesis/settle-periods.yaml); none in these results");
    }

    /**
     * The one-sided p-value of Fisher's exact test that the first arm has more runs with a failure: the
     * chance of at least {@code hitA} of the {@code hitA + hitB} runs with one falling in the first arm
     * when both arms are alike.
     */
    static double oneSidedFisherP(int hitA, int nA, int hitB, int nB) {
        if (hitA + hitB == 0) {
            return 1;
        }
        return new HypergeometricDistribution(null, nA + nB, hitA + hitB, nA).upperCumulativeProbability(hitA);
    }

    private static List<DestinationOverload> measure(List<RunSeries> runs) throws IOException, ResultFormatException {
        List<DestinationOverload> out = new ArrayList<>();
        for (RunSeries r : runs) {
            if (r.dir() != null) {
                out.add(DestinationOverload.of(r.pmLoads(), r.migrations(), WINDOW_S));
            }
        }
        return out;
    }

    private static double mean(List<DestinationOverload> runs) {
        return runs.stream()
                .mapToInt(DestinationOverload::destinationFailures)
                .average()
                .orElse(Double.NaN);
    }

    private static double meanMost(List<DestinationOverload> runs) {
        return runs.stream()
                .mapToInt(DestinationOverload::mostReceivedInWindow)
                .average()
                .orElse(Double.NaN);
    }

    private static int runsWithFailure(List<DestinationOverload> runs) {
        return (int) runs.stream().filter(r -> r.destinationFailures() > 0).count();
    }
}
