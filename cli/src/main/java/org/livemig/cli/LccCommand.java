package org.livemig.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.livemig.strategy.lcc.check.ModelChecker;
import org.livemig.strategy.lcc.check.Problem;
import org.livemig.strategy.lcc.check.RoleSummary;
import org.livemig.strategy.lcc.runtime.ConstraintRegistry;
import org.livemig.strategy.lcc.runtime.MissingConstraints;
import org.livemig.strategy.lcc.syntax.InteractionModel;
import org.livemig.strategy.lcc.syntax.LccParser;
import org.livemig.strategy.lcc.syntax.LccSyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code livemig lcc}: parse and check LCC interaction models, list their roles. */
@Command(
        name = "lcc",
        mixinStandardHelpOptions = true,
        description = "Check LCC interaction models, list their roles and the constraints livemig provides.",
        subcommands = {LccCommand.Check.class, LccCommand.Roles.class, LccCommand.Constraints.class})
final class LccCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The constraint sets {@code lcc check --constraints} knows. */
    enum ConstraintSet {
        /** What a livemig peer provides ({@code ConstraintRegistry.standard()}), as {@code run} requires. */
        LIVEMIG,
        /** No constraint check: syntax and model checks only (a model for another interpreter). */
        NONE;

        /** The set spelled {@code name} on the command line ({@code livemig}, {@code none}). */
        static ConstraintSet named(String name) {
            for (ConstraintSet c : values()) {
                if (c.name().equalsIgnoreCase(name)) {
                    return c;
                }
            }
            throw new BadInputException("--constraints: unknown constraint set '" + name + "' (known: livemig, none)");
        }
    }

    /**
     * One line per problem of {@code file}: a syntax error, or what the model checks found and every constraint
     * it uses that {@code constraints} does not provide.
     */
    static List<String> problems(Path file, ConstraintSet constraints) {
        List<String> out = new ArrayList<>();
        try {
            InteractionModel model = LccParser.parse(file);
            List<Problem> problems = new ArrayList<>(ModelChecker.check(model));
            if (constraints == ConstraintSet.LIVEMIG) {
                problems.addAll(MissingConstraints.of(model, ConstraintRegistry.standard()));
            }
            problems.sort(java.util.Comparator.comparingInt(
                            (Problem p) -> p.position().line())
                    .thenComparingInt(p -> p.position().column()));
            for (Problem p : problems) {
                out.add(p.toString());
            }
        } catch (LccSyntaxException e) {
            out.add(e.getMessage());
        } catch (IOException e) {
            out.add(file + ": cannot read (" + e.getMessage() + ")");
        }
        return out;
    }

    /** {@code livemig lcc check FILE...}. */
    @Command(
            name = "check",
            mixinStandardHelpOptions = true,
            description = "Parse and check .lcc files without running them: syntax, roles, messages, unbound "
                    + "variables and every constraint the agent does not provide; exit 2 if any has a problem.")
    static final class Check implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Option(
                names = "--constraints",
                paramLabel = "SET",
                defaultValue = "livemig",
                description = "Constraints the model may use: livemig (default: what a livemig peer provides, as "
                        + "run requires; see lcc constraints) or none (skip this check).")
        private String constraints;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "LCC interaction models.")
        private List<Path> files;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter out = spec.commandLine().getOut();
            ConstraintSet set = ConstraintSet.named(constraints);
            boolean bad = false;
            for (Path f : files) {
                List<String> problems = problems(f, set);
                problems.forEach(err::println);
                bad |= !problems.isEmpty();
                if (problems.isEmpty()) {
                    out.println(f + ": ok");
                }
            }
            err.flush();
            out.flush();
            return bad ? LivemigCommand.EXIT_BAD_INPUT : 0;
        }
    }

    /** {@code livemig lcc roles FILE}. */
    @Command(
            name = "roles",
            mixinStandardHelpOptions = true,
            description = "List each role of an .lcc file with the messages it sends and receives.")
    static final class Roles implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "An LCC interaction model.")
        private Path file;

        @Override
        public Integer call() throws IOException {
            InteractionModel model;
            try {
                model = LccParser.parse(file);
            } catch (LccSyntaxException e) {
                throw new BadInputException(e.getMessage());
            } catch (IOException e) {
                throw new BadInputException(file + ": cannot read (" + e.getMessage() + ")");
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(RoleSummary.of(model).describe());
            out.flush();
            return 0;
        }
    }

    /** {@code livemig lcc constraints}. */
    @Command(
            name = "constraints",
            mixinStandardHelpOptions = true,
            description = "List the constraints a livemig peer provides to LCC models: name/arity and meaning.")
    static final class Constraints implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            for (ConstraintRegistry.Provided p : ConstraintRegistry.standard().provided()) {
                out.println(p.indicator() + "\t" + p.meaning());
            }
            out.flush();
            return 0;
        }
    }
}
