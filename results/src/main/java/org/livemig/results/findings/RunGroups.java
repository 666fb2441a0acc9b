package org.livemig.results.findings;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.livemig.results.figures.FigureMetric;
import org.livemig.results.figures.RunSeries;
import org.livemig.results.sweep.IndexRow;

/** Selections of runs and means over their seeds, for the findings. */
final class RunGroups {

    private final List<RunSeries> runs;

    RunGroups(List<RunSeries> runs) {
        this.runs = runs;
    }

    /** The (PM count, hypervisor) groups present, larger first, Xen first. */
    List<Group> groups() {
        return runs.stream()
                .map(r -> new Group(r.row().pms(), r.row().hypervisor()))
                .distinct()
                .sorted(java.util.Comparator.comparing((Group g) -> -g.pms())
                        .thenComparing(
                                Group::hypervisor, java.util.Comparator.comparing(h -> h.equals("xen") ? "0" : h)))
                .toList();
    }

    /** The distinct PM counts, larger first. */
    List<Integer> sizes() {
        return runs.stream()
                .map(r -> r.row().pms())
                .distinct()
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
    }

    List<RunSeries> select(Predicate<IndexRow> filter) {
        return runs.stream().filter(r -> filter.test(r.row())).toList();
    }

    /** The mean of {@code quantity} over the selected runs (their seeds); NaN when none. */
    Mean mean(Predicate<IndexRow> filter, ToDoubleFunction<RunSeries> quantity) {
        List<RunSeries> chosen = select(filter);
        return new Mean(chosen.stream().mapToDouble(quantity).average().orElse(Double.NaN), chosen.size());
    }

    /** How far either side of a burst or drain the attempts are compared, s: three 1000 s windows. */
    static final double CHANGE_SPAN_S = 3000;

    /**
     * Attempts per 1000 s in the {@link #CHANGE_SPAN_S} just after (or just before) the change of a burst or
     * drain: the thesis reads a jump at the change time (5.2.3-5.2.4), against the steady level before it,
     * not against the start-up peak every run has in its first windows.
     */
    static double attemptsPerWindow(RunSeries run, boolean after) {
        double[][] w = FigureMetric.ATTEMPTS.points(run.metrics());
        double change = run.row().changeAtS();
        double sum = 0;
        int n = 0;
        for (int i = 0; i < w[0].length; i++) {
            double start = w[0][i] - FigureMetric.WINDOW_S;
            boolean inside = after
                    ? start >= change - 1e-9 && start < change + CHANGE_SPAN_S - 1e-9
                    : start >= change - CHANGE_SPAN_S - 1e-9 && start < change - 1e-9;
            if (inside) {
                sum += w[1][i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** A PM count and hypervisor. */
    record Group(int pms, String hypervisor) implements Predicate<IndexRow> {
        @Override
        public boolean test(IndexRow r) {
            return r.pms() == pms && r.hypervisor().equals(hypervisor);
        }

        @Override
        public String toString() {
            return pms + " PMs " + hypervisor;
        }
    }

    /** A mean over {@code n} runs. */
    record Mean(double value, int n) {
        boolean present() {
            return n > 0;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.2f", value);
        }
    }
}
