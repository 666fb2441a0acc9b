package org.livemig.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the cost of the bench shapes grows from each shape to the next with more PMs: the measured ratios of
 * events, wall time, CPU time and heap kept, and whether the time grows linearly with the PMs (time per PM
 * within a factor of 1.25 either way), faster or slower.
 */
record BenchGrowth(List<Point> points) {

    /** Within this factor either way, time per PM counts as unchanged: growth is linear. */
    static final double LINEAR_WITHIN = 1.25;

    /** One measured shape. */
    record Point(int pms, long events, double wallS, double cpuS, double liveMb) {}

    BenchGrowth {
        points = List.copyOf(points);
    }

    /** One line per step to a shape with a different number of PMs; none with fewer than two shapes. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
            Point from = points.get(i - 1);
            Point to = points.get(i);
            if (from.pms() == to.pms() || from.wallS() <= 0 || from.events() <= 0) {
                continue;
            }
            double pms = (double) to.pms() / from.pms();
            double wall = to.wallS() / from.wallS();
            double perPm = wall / pms;
            lines.add(String.format(
                    Locale.ROOT,
                    "growth %d -> %d PMs (x%.1f): events x%.1f, wall x%.1f, cpu x%s, kept x%s; time per PM x%.2f: %s",
                    from.pms(),
                    to.pms(),
                    pms,
                    (double) to.events() / from.events(),
                    wall,
                    ratio(to.cpuS(), from.cpuS()),
                    ratio(to.liveMb(), from.liveMb()),
                    perPm,
                    verdict(perPm)));
        }
        return lines;
    }

    private static String verdict(double timePerPmRatio) {
        if (timePerPmRatio > LINEAR_WITHIN) {
            return "faster than linear";
        }
        return timePerPmRatio < 1 / LINEAR_WITHIN ? "slower than linear" : "linear";
    }

    /** {@code to / from} to one decimal, or "?" when {@code from} was not measured. */
    private static String ratio(double to, double from) {
        return from > 0 && to >= 0 ? String.format(Locale.ROOT, "%.1f", to / from) : "?";
    }
}
