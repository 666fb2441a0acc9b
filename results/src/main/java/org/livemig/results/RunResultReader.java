package org.livemig.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.livemig.core.measurement.AgentViewSample;
import org.livemig.core.measurement.MetricsSample;
import org.livemig.core.measurement.MigrationRecord;
import org.livemig.core.measurement.PmLoadSample;
import org.livemig.results.csv.ResultTables;
import org.livemig.results.json.SummaryJson;

/**
 * Reads a result directory written by {@link RunResultWriter} back into a {@link RunResult}
 * (figures are not read). Used by the {@code plot} and {@code check} commands.
 */
public final class RunResultReader {

    private RunResultReader() {}

    /**
     * Reads {@code summary.json}, {@code metrics.csv}, {@code pm_loads.csv}, {@code migrations.csv}
     * and, if present, {@code scenario.yaml} and {@code agent_view.csv} from {@code dir}.
     *
     * @param dir a result directory
     * @return the result, with values as rounded in the files
     * @throws ResultFormatException if the directory or a file is missing or malformed; the message is
     *     one line naming the file, the line and what is wrong
     * @throws IOException if reading fails otherwise
     */
    public static RunResult read(Path dir) throws IOException, ResultFormatException {
        if (!Files.isDirectory(dir)) {
            throw new ResultFormatException(dir, 0, "result directory is missing");
        }
        RunSummary summary = SummaryJson.read(dir.resolve(ResultDirectory.SUMMARY_JSON));
        List<MetricsSample> metrics = ResultTables.METRICS.read(dir.resolve(ResultDirectory.METRICS_CSV));
        List<PmLoadSample> pmLoads = ResultTables.PM_LOADS.read(dir.resolve(ResultDirectory.PM_LOADS_CSV));
        List<MigrationRecord> migrations = ResultTables.MIGRATIONS.read(dir.resolve(ResultDirectory.MIGRATIONS_CSV));
        Path scenario = dir.resolve(ResultDirectory.SCENARIO_YAML);
        String scenarioYaml = Files.isRegularFile(scenario) ? Files.readString(scenario, StandardCharsets.UTF_8) : null;
        Path view = dir.resolve(ResultDirectory.AGENT_VIEW_CSV);
        List<AgentViewSample> agentViews = Files.isRegularFile(view) ? ResultTables.AGENT_VIEW.read(view) : List.of();
        return new RunResult(summary, metrics, pmLoads, migrations, scenarioYaml, agentViews);
    }
}
