package org.livemig.results.figures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.livemig.results.MetricsSample;
import org.livemig.results.ResultDirectory;
import org.livemig.results.ResultFormatException;
import org.livemig.results.csv.ResultTables;
import org.livemig.results.sweep.IndexRow;
import org.livemig.results.sweep.SweepIndex;

/**
 * A finished run as figures, tables and findings need it: its index row (parameters, summary) and its
 * {@code metrics.csv} samples.
 *
 * @param row the run's parameters and summary numbers
 * @param metrics its samples in time order
 */
public record RunSeries(IndexRow row, List<MetricsSample> metrics) {

  /** Keeps an unmodifiable copy of the samples. */
  public RunSeries {
    metrics = List.copyOf(metrics);
  }

  /**
   * Reads every run of the result paths (sweep directories with {@code index.csv}, single run
   * directories, or directories of run directories; see {@link SweepIndex#runsOf(Path)}).
   *
   * @param paths result paths
   * @return the runs in order
   * @throws ResultFormatException if a path is missing or a file is malformed (one line)
   * @throws IOException if reading fails otherwise
   */
  public static List<RunSeries> load(List<Path> paths) throws IOException, ResultFormatException {
    List<RunSeries> all = new ArrayList<>();
    for (Path path : paths) {
      for (SweepIndex.Run run : SweepIndex.runsOf(path)) {
        all.add(new RunSeries(run.row(),
            ResultTables.METRICS.read(run.dir().resolve(ResultDirectory.METRICS_CSV))));
      }
    }
    return all;
  }
}
