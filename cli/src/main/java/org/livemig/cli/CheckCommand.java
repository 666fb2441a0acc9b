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
import org.livemig.results.claims.Claim;
import org.livemig.results.claims.ClaimEvaluator;
import org.livemig.results.claims.ClaimResult;
import org.livemig.results.claims.ClaimsException;
import org.livemig.results.claims.ClaimsFile;
import org.livemig.results.figures.RunSeries;
import org.livemig.results.findings.FindingResult;
import org.livemig.results.findings.ThesisFindings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code livemig check}: evaluates the thesis findings (SPEC 7), or a user's claims file, on sweep results. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Evaluate the thesis findings (SPEC 7) on sweep results: prints PASS/FAIL/SKIPPED for "
                + "each, exits 1 naming every enforced finding that fails. With --claims, evaluate the claims of "
                + "a claims file instead (one-sided tests over index.csv columns; see docs/SWEEPS.md), exit 1 "
                + "naming every claim that does not hold.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "RESULT_DIR", description = "Sweep or run result directories.")
    private List<Path> inputs;

    @Option(
            names = "--findings",
            split = ",",
            paramLabel = "ID",
            description = "Enforce only these findings (comma-separated); the others are reported only.")
    private List<String> findings = new ArrayList<>();

    @Option(
            names = "--findings-file",
            paramLabel = "FILE",
            description = "Enforce the findings listed in FILE (one id a line; '#' starts a comment).")
    private Path findingsFile;

    @Option(
            names = "--claims",
            paramLabel = "FILE",
            description = "A claims file (YAML): evaluate its claims; "
                    + "the thesis findings too only when --findings or --findings-file is given.")
    private Path claimsFile;

    @Override
    public Integer call() throws IOException {
        if (claimsFile == null) {
            return findings();
        }
        List<Claim> claims;
        try {
            claims = ClaimsFile.load(claimsFile);
        } catch (ClaimsException e) {
            throw new BadInputException(e.getMessage());
        }
        int status = claims(claims);
        if (!findings.isEmpty() || findingsFile != null) {
            status = Math.max(status, findings());
        }
        return status;
    }

    private int claims(List<Claim> claims) throws IOException {
        List<RunSeries> runs = PlotCommand.load(inputs);
        List<org.livemig.results.sweep.IndexRow> rows =
                runs.stream().map(RunSeries::row).toList();
        List<ClaimResult> results = new ArrayList<>();
        try {
            for (Claim c : claims) {
                results.add(ClaimEvaluator.evaluate(c, rows));
            }
        } catch (ClaimsException e) {
            throw new BadInputException(e.getMessage());
        }
        PrintWriter o = spec.commandLine().getOut();
        int width = claims.stream().mapToInt(c -> c.name().length()).max().orElse(5);
        o.printf("%-" + width + "s  %-6s  %s%n", "claim", "status", "evidence");
        List<String> failed = new ArrayList<>();
        for (ClaimResult r : results) {
            o.printf("%-" + width + "s  %-6s  %s%n", r.claim().name(), r.holds() ? "PASS" : "FAIL", r.summary());
            if (!r.holds()) {
                failed.add(r.claim().name() + " (" + r.summary() + ")");
            }
        }
        o.flush();
        if (failed.isEmpty()) {
            return 0;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("livemig: " + failed.size() + " claim(s) of " + claimsFile + " do not hold: "
                + String.join("; ", failed));
        err.flush();
        return LivemigCommand.EXIT_FAILURE;
    }

    private int findings() throws IOException {
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
            o.printf("%-" + width + "s  %-7s  %-8s  %s%n", r.id(), r.status(), enforce ? "yes" : "no", r.evidence());
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
                throw new BadInputException(
                        (findingsFile != null && !findings.contains(id) ? findingsFile + ": " : "--findings: ")
                                + "unknown finding '" + id + "' (known: "
                                + String.join(", ", ThesisFindings.IDS) + ")");
            }
        }
        return new LinkedHashSet<>(ids);
    }
}
