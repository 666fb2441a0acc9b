package org.livemig.results;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** The names of the files in a result directory (SPEC 8). */
public final class ResultDirectory {
    /** The run summary. */
    public static final String SUMMARY_JSON = "summary.json";
    /** One row per measurement interval. */
    public static final String METRICS_CSV = "metrics.csv";
    /** One row per PM per measurement interval. */
    public static final String PM_LOADS_CSV = "pm_loads.csv";
    /** The load and average each agent acted on (LCC runs only). */
    public static final String AGENT_VIEW_CSV = "agent_view.csv";
    /** One row per completed migration. */
    public static final String MIGRATIONS_CSV = "migrations.csv";
    /** The effective scenario, when known. */
    public static final String SCENARIO_YAML = "scenario.yaml";
    /** System performance and system load over time. */
    public static final String SYSTEM_PNG = "system.png";
    /** Load of each PM over time. */
    public static final String PM_LOADS_PNG = "pm_loads.png";

    private ResultDirectory() {}

    /**
     * Whether {@code dir} looks like a result directory: a directory holding a {@code summary.json}.
     *
     * @param dir a path
     * @return true if it is a directory (not a link) with a regular file {@code summary.json}
     */
    public static boolean isResultDirectory(Path dir) {
        return Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
                && Files.isRegularFile(dir.resolve(SUMMARY_JSON), LinkOption.NOFOLLOW_LINKS);
    }
}
