package org.livemig.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.livemig.cost.MigrationCostEstimate;
import org.livemig.cost.MigrationEnergy;
import org.livemig.cost.PreCopyMigrationCost;
import org.livemig.cost.PreCopyParameters;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code livemig cost}: the pre-copy cost (SPEC 1, Algorithm 1) and energy of migrating one VM. */
@Command(
        name = "cost",
        description = "Estimate the pre-copy live-migration cost (rounds, V_mig, T_mig, T_down) and energy of one VM.")
public final class CostCommand implements Callable<Integer> {

    private static final PreCopyParameters DEFAULTS = PreCopyParameters.DEFAULT;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--vmem", required = true, paramLabel = "MB", description = "VM memory V_mem, MB (>= 0).")
    private double memoryMb;

    @Option(names = "--rate", required = true, paramLabel = "MBps", description = "Transmission rate R, MB/s (> 0).")
    private double rateMbps;

    @Option(names = "--dirty", required = true, paramLabel = "MBps", description = "Page dirty rate D, MB/s (>= 0).")
    private double dirtyRateMbps;

    @Option(
            names = "--a",
            paramLabel = "A",
            description = "gamma coefficient of the round time (default ${DEFAULT-VALUE}).")
    private double a = DEFAULTS.a();

    @Option(
            names = "--b",
            paramLabel = "B",
            description = "gamma coefficient of the dirty rate (default ${DEFAULT-VALUE}).")
    private double b = DEFAULTS.b();

    @Option(names = "--c", paramLabel = "C", description = "gamma constant (default ${DEFAULT-VALUE}).")
    private double c = DEFAULTS.c();

    @Option(
            names = "--vthd",
            paramLabel = "MB",
            description = "Stop-and-copy threshold V_thd, MB (default ${DEFAULT-VALUE}).")
    private double thresholdMb = DEFAULTS.thresholdMb();

    @Option(names = "--t-resume", paramLabel = "S", description = "Resume time T_resume, s (default ${DEFAULT-VALUE}).")
    private double resumeS = DEFAULTS.resumeS();

    @Option(
            names = "--max-rounds",
            paramLabel = "N",
            description = "Largest pre-copy round index, rounds 0..N (default ${DEFAULT-VALUE}).")
    private int maxRounds = DEFAULTS.maxRounds();

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help message and exit.")
    private boolean help;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    private boolean json;

    @Override
    public Integer call() {
        requireAtLeast("--vmem", memoryMb, 0);
        requirePositive("--rate", rateMbps);
        requireAtLeast("--dirty", dirtyRateMbps, 0);
        requireFinite("--a", a);
        requireFinite("--b", b);
        requireFinite("--c", c);
        requireAtLeast("--vthd", thresholdMb, 0);
        requireAtLeast("--t-resume", resumeS, 0);
        if (maxRounds < 0) {
            throw new BadInputException("--max-rounds must be >= 0 (got " + maxRounds + ")");
        }
        PreCopyParameters parameters = new PreCopyParameters(a, b, c, thresholdMb, resumeS, maxRounds);
        MigrationCostEstimate estimate;
        try {
            estimate = new PreCopyMigrationCost(parameters).estimate(memoryMb, rateMbps, dirtyRateMbps);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(
                    "--vmem " + plain(memoryMb) + " / --rate " + plain(rateMbps) + " is too large to compute");
        }
        double energyJ = MigrationEnergy.DEFAULT.joules(estimate.migratedMb());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(estimate, energyJ));
        } else {
            printTable(out, estimate, energyJ);
        }
        out.flush();
        return 0;
    }

    private static String toJson(MigrationCostEstimate estimate, double energyJ) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("rounds", estimate.roundsMb());
        object.put("v_mig_mb", estimate.migratedMb());
        object.put("t_mig_s", estimate.migrationTimeS());
        object.put("t_down_s", estimate.downtimeS());
        object.put("energy_j", energyJ);
        try {
            return new ObjectMapper().writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write numbers as JSON", e);
        }
    }

    private static void printTable(PrintWriter out, MigrationCostEstimate estimate, double energyJ) {
        List<Double> rounds = estimate.roundsMb();
        out.printf("%-6s %16s%n", "round", "sent (MB)");
        for (int i = 0; i < rounds.size(); i++) {
            String note = i == rounds.size() - 1 ? "  stop-and-copy" : "";
            out.printf("%-6d %16.6f%s%n", i, rounds.get(i), note);
        }
        out.printf("%-6s %16.6f MB%n", "V_mig", estimate.migratedMb());
        out.printf("%-6s %16.6f s%n", "T_mig", estimate.migrationTimeS());
        out.printf("%-6s %16.6f s%n", "T_down", estimate.downtimeS());
        out.printf("%-6s %16.6f J%n", "E_mig", energyJ);
    }

    private static void requireFinite(String option, double value) {
        if (!Double.isFinite(value)) {
            throw new BadInputException(option + " must be a finite number (got " + plain(value) + ")");
        }
    }

    private static void requireAtLeast(String option, double value, double min) {
        requireFinite(option, value);
        if (value < min) {
            throw new BadInputException(option + " must be >= " + plain(min) + " (got " + plain(value) + ")");
        }
    }

    private static void requirePositive(String option, double value) {
        requireFinite(option, value);
        if (value <= 0) {
            throw new BadInputException(option + " must be > 0 (got " + plain(value) + ")");
        }
    }

    /** A number as a user would type it: 0 rather than 0.0. */
    private static String plain(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
