package org.livemig.results;

import java.util.List;
import org.livemig.argument.Arguments;
import org.livemig.core.measurement.AgentViewSample;
import org.livemig.core.measurement.MetricsSample;
import org.livemig.core.measurement.MigrationRecord;
import org.livemig.core.measurement.PmLoadSample;
import org.livemig.core.measurement.PmLoadTable;

/**
 * Everything a run leaves behind: its summary, the three tables and, optionally, the effective
 * scenario it ran (SPEC 8). Written by {@link RunResultWriter}, read by {@link RunResultReader}.
 *
 * @param summary the summary ({@code summary.json})
 * @param metrics one sample per measurement interval, in time order ({@code metrics.csv})
 * @param pmLoads one sample per PM per measurement interval ({@code pm_loads.csv})
 * @param migrations completed migrations ({@code migrations.csv})
 * @param scenarioYaml the effective scenario as YAML text, written as {@code scenario.yaml}; null when
 *     there is none
 * @param agentViews the load and average each agent acted on per sample ({@code agent_view.csv}, written only
 *     when there are any: LCC runs)
 */
public record RunResult(
        RunSummary summary,
        List<MetricsSample> metrics,
        List<PmLoadSample> pmLoads,
        List<MigrationRecord> migrations,
        String scenarioYaml,
        List<AgentViewSample> agentViews) {

    /** Checks that the parts are present and keeps unmodifiable copies of the lists. */
    public RunResult {
        Arguments.present("summary", summary);
        metrics = List.copyOf(Arguments.present("metrics", metrics));
        pmLoads = PmLoadTable.copyOf(Arguments.present("pmLoads", pmLoads)); // compact: the largest part
        migrations = List.copyOf(Arguments.present("migrations", migrations));
        agentViews = List.copyOf(Arguments.present("agentViews", agentViews));
    }

    /**
     * A result whose agents report no view of their own.
     *
     * @param summary the summary
     * @param metrics metrics samples
     * @param pmLoads per-PM load samples
     * @param migrations completed migrations
     * @param scenarioYaml the effective scenario as YAML text, or null
     */
    public RunResult(
            RunSummary summary,
            List<MetricsSample> metrics,
            List<PmLoadSample> pmLoads,
            List<MigrationRecord> migrations,
            String scenarioYaml) {
        this(summary, metrics, pmLoads, migrations, scenarioYaml, List.of());
    }

    /**
     * A result without scenario text.
     *
     * @param summary the summary
     * @param metrics metrics samples
     * @param pmLoads per-PM load samples
     * @param migrations completed migrations
     */
    public RunResult(
            RunSummary summary,
            List<MetricsSample> metrics,
            List<PmLoadSample> pmLoads,
            List<MigrationRecord> migrations) {
        this(summary, metrics, pmLoads, migrations, null, List.of());
    }
}
