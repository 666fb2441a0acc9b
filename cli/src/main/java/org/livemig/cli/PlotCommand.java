package org.livemig.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.livemig.results.ResultFormatException;
import org.livemig.results.figures.AggregateTable;
import org.livemig.results.figures.FigureLayout;
import org.livemig.results.figures.OverheadTables;
import org.livemig.results.figures.RunSeries;
import org.livemig.results.figures.ThesisFigures;
import org.livemig.results.sweep.IndexRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code livemig plot}: the thesis figures and overhead tables of sweep or run results. */
@Command(
        name = "plot",
        mixinStandardHelpOptions = true,
        description = "Draw the thesis figures (PNG and SVG) and overhead-traffic tables (CSV, Markdown) of "
                + "sweep directories, run directories, or directories of runs.")
final class PlotCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "RESULT_DIR", description = "Sweep or run result directories.")
    private List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the figures.")
    private Path out;

    @Option(
            names = "--by",
            split = ",",
            paramLabel = "KEY",
            description = "Group by these keys (index.csv "
                    + "columns or scenario keys, e.g. strategy,network.loss_probability): the first gives panel rows, the "
                    + "last the lines, any between panel columns; other keys that vary split the figures. Default: the "
                    + "thesis layout, with a line per value of any other key that varies.")
    private List<String> by = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        List<RunSeries> runs = load(inputs);
        FigureLayout layout = layout(runs, by);
        List<Path> figures = ThesisFigures.writeAll(runs, out, layout);
        List<IndexRow> rows = runs.stream().map(RunSeries::row).toList();
        OverheadTables.write(rows, out);
        AggregateTable.of(rows, layout).write(out);
        PrintWriter o = spec.commandLine().getOut();
        o.printf(
                "%s: %d figures (PNG and SVG) of %d runs grouped by %s, %s, %s, %s%n",
                out,
                figures.size(),
                runs.size(),
                String.join(",", layout.configuration()),
                AggregateTable.FILE_NAME,
                OverheadTables.CSV,
                OverheadTables.MARKDOWN);
        o.flush();
        return 0;
    }

    /** The layout of {@code runs} for {@code --by}; an unknown key is a one-line error. */
    static FigureLayout layout(List<RunSeries> runs, List<String> by) {
        try {
            return FigureLayout.of(runs.stream().map(RunSeries::row).toList(), by);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** Reads the runs of the result paths; bad or empty input is a one-line error. */
    static List<RunSeries> load(List<Path> inputs) throws IOException {
        try {
            List<RunSeries> runs = RunSeries.load(inputs);
            if (runs.isEmpty()) {
                throw new BadInputException(inputs + ": no run results (summary.json) found");
            }
            return runs;
        } catch (ResultFormatException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
