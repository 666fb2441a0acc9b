package org.livemig.results.findings;

import java.util.ArrayList;
import java.util.List;
import org.livemig.core.measurement.AgentViewSample;
import org.livemig.core.measurement.MigrationRecord;

/**
 * Where one LCC balance run ends, judged on what its agents act on ({@code agent_view.csv}: each PM's load and
 * the average it knows). A PM is above when its load exceeds {@code high x} its average, below under
 * {@code low x} it (seed 000's isOverLoaded / isUnderLoaded); the model can still move a VM only while a PM above
 * coexists with one below, so the run stopped at a fixed point of the model when none does at the last sample.
 * The file's values are rounded to 6 decimals, so a load within {@link #ROUNDING} of an edge counts as on it (a
 * PM with exactly 1.2 x the average, as equal VMs often give, is not above in the agent's own arithmetic).
 *
 * @param pms PMs reporting at the last sample
 * @param insideAtEnd of them, those neither above nor below
 * @param above of them, those above
 * @param below of them, those below
 * @param pmsAtStart PMs reporting at the first sample
 * @param insideAtStart of them, those neither above nor below then
 * @param lastMigrationEndS when the run's last migration ended, s; NaN when there was none
 */
public record LccFixedPoint(
        int pms, int insideAtEnd, int above, int below, int pmsAtStart, int insideAtStart, double lastMigrationEndS) {

    /** How far a value of {@code agent_view.csv} may be from the agent's own (two values rounded to 6 decimals). */
    static final double ROUNDING = 2e-6;

    /**
     * Measures a run.
     *
     * @param views the run's {@code agent_view.csv} rows
     * @param migrations the run's {@code migrations.csv} rows
     * @param low the band's lower edge as a share of the average, e.g. 0.8
     * @param high its upper edge, e.g. 1.2
     * @return the counts; all 0 for a run without samples
     */
    public static LccFixedPoint of(
            List<AgentViewSample> views, List<MigrationRecord> migrations, double low, double high) {
        double last =
                migrations.stream().mapToDouble(MigrationRecord::endS).max().orElse(Double.NaN);
        if (views.isEmpty()) {
            return new LccFixedPoint(0, 0, 0, 0, 0, 0, last);
        }
        double start = views.stream().mapToDouble(AgentViewSample::timeS).min().orElseThrow();
        double end = views.stream().mapToDouble(AgentViewSample::timeS).max().orElseThrow();
        int[] atStart = count(views, start, low, high);
        int[] atEnd = count(views, end, low, high);
        return new LccFixedPoint(atEnd[0], atEnd[1], atEnd[2], atEnd[3], atStart[0], atStart[1], last);
    }

    /** {PMs, inside, above, below} at sample time {@code t}. */
    private static int[] count(List<AgentViewSample> views, double t, double low, double high) {
        List<AgentViewSample> at = new ArrayList<>();
        for (AgentViewSample v : views) {
            if (v.timeS() == t) {
                at.add(v);
            }
        }
        int above = (int) at.stream()
                .filter(v -> v.load() > high * v.average() + ROUNDING)
                .count();
        int below = (int)
                at.stream().filter(v -> v.load() < low * v.average() - ROUNDING).count();
        return new int[] {at.size(), at.size() - above - below, above, below};
    }

    /** Whether no PM above coexists with one below at the end: the model has no move left. */
    public boolean atFixedPoint() {
        return above == 0 || below == 0;
    }

    /** Whether clearly more PMs are inside at the end than at the start: more than one PM changing side makes. */
    public boolean clearlyMoreInside() {
        return insideAtEnd - insideAtStart >= 2;
    }
}
