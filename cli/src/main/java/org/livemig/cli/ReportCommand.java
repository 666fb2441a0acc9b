package org.livemig.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.livemig.results.ResultFormatException;
import org.livemig.results.figures.RunSeries;
import org.livemig.results.report.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code livemig report}: one self-contained HTML page of sweep or run results. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Write one self-contained HTML page of sweep directories, run directories, or directories "
                + "of runs: the findings (SPEC 7) with their evidence, the thesis figures, the overhead-traffic "
                + "tables and the runs.")
final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "RESULT_DIR", description = "Sweep or run result directories.")
    private List<Path> inputs;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "FILE.html",
            description = "The HTML file, replaced atomically if it exists.")
    private Path out;

    @Option(
            names = "--title",
            paramLabel = "TEXT",
            description = "The page's title (default: livemig report of the input directories' names).")
    private String title;

    @Option(
            names = "--by",
            split = ",",
            paramLabel = "KEY",
            description = "Group figures and the per-configuration" + " table by these keys, as for plot --by.")
    private List<String> by = new java.util.ArrayList<>();

    @Override
    public Integer call() throws IOException {
        if (Files.isDirectory(out)) {
            throw new BadInputException("--out: " + out + " is a directory, not an HTML file");
        }
        List<RunSeries> runs = PlotCommand.load(inputs);
        HtmlReport report;
        try {
            report = HtmlReport.of(title != null ? title : defaultTitle(), runs, PlotCommand.layout(runs, by));
        } catch (ResultFormatException e) {
            throw new BadInputException(e.getMessage());
        }
        report.write(out);
        PrintWriter o = spec.commandLine().getOut();
        o.printf(
                "%s: %d runs, %d figures, %d KiB%n",
                out, runs.size(), report.figures(), (Files.size(out) + 1023) / 1024);
        o.flush();
        return 0;
    }

    private String defaultTitle() {
        return "livemig report: "
                + inputs.stream()
                        .map(p -> {
                            Path name = p.toAbsolutePath().normalize().getFileName();
                            return name == null ? p.toString() : name.toString();
                        })
                        .collect(Collectors.joining(", "));
    }
}
