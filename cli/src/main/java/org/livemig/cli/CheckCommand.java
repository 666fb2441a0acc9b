package org.livemig.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.livemig.results.ResultFormatException;
import org.livemig.results.figures.RunSeries;
import org.livemig.results.findings.FindingResult;
import org.livemig.results.findings.ThesisFindings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code livemig check}: evaluates the thesis findings (SPEC 7) on sweep results. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Evaluate the thesis findings (SPEC 7) on sweep results: prints PASS/FAIL/SKIPPED for "
                + "each, exits 1 naming every enforced finding that fails.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "RESULT_DIR", description = "Sweep or run result directories.")
    private List<Path> inputs;

    @Option(names = "--findings", split = ",", paramLabel = "ID",
            description = "Enforce only these findings (comma-separated); the others are reported only.")
    private List<String> findings = new ArrayList<>();

    @Option(names = "--findings-file", paramLabel = "FILE",
            description = "Enforce the findings listed in FILE (one id a line; '#' starts a comment).")
    private Path findingsFile;

    @Override
    public Integer call() throws IOException {
        Set<String> enforced = enforced();
        List<FindingResult> results;
        try {
            results = ThesisFindings.evaluate(PlotCommand.load(inputs));
        } catch (ResultFormatException e) {
            throw new BadInputException(e.getMessage());
        }
        PrintWriter o = spec.commandLine().getOut();
        int width = ThesisFindings.IDS.stream().mapToInt(String::length).max().orElse(10);
        o.printf("%-" + width + "s  %-7s  %-8s  %s%n", "finding", "status", "enforced", "evidence");
        List<String> failed = new ArrayList<>();
        for (FindingResult r : results) {
            boolean enforce = enforced.contains(r.id());
            o.printf("%-" + width + "s  %-7s  %-8s  %s%n", r.id(), r.status(), enforce ? "yes" : "no",
                    r.evidence());
            if (enforce && r.status() == FindingResult.Status.FAIL) {
                failed.add(r.id() + " (" + r.evidence().replaceFirst("; holds: .*$", "") + ")");
            }
        }
        o.flush();
        if (!failed.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("livemig: " + failed.size() + " finding(s) do not hold: " + String.join("; ", failed));
            err.flush();
            return LivemigCommand.EXIT_FAILURE;
        }
        return 0;
    }

    private Set<String> enforced() throws IOException {
        List<String> ids = new ArrayList<>(findings);
        if (findingsFile != null) {
            if (!Files.isRegularFile(findingsFile)) {
                throw new BadInputException(findingsFile + ": no such file");
            }
            for (String line : Files.readAllLines(findingsFile)) {
                String id = line.replaceFirst("#.*", "").trim();
                if (!id.isEmpty()) {
                    ids.add(id);
                }
            }
        }
        if (findings.isEmpty() && findingsFile == null) {
            return new LinkedHashSet<>(ThesisFindings.IDS);
        }
        for (String id : ids) {
            if (!ThesisFindings.IDS.contains(id)) {
                throw new BadInputException((findingsFile != null && !findings.contains(id) ? findingsFile + ": "
                        : "--findings: ") + "unknown finding '" + id + "' (known: "
                        + String.join(", ", ThesisFindings.IDS) + ")");
            }
        }
        return new LinkedHashSet<>(ids);
    }
}
