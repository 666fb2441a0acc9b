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
import org.livemig.strategy.lcc.syntax.InteractionModel;
import org.livemig.strategy.lcc.syntax.LccParser;
import org.livemig.strategy.lcc.syntax.LccSyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code livemig lcc}: parse and check LCC interaction models, list their roles. */
@Command(name = "lcc", mixinStandardHelpOptions = true,
        description = "Check LCC interaction models (seed 000) and list their roles.",
        subcommands = {LccCommand.Check.class, LccCommand.Roles.class})
final class LccCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** One line per problem of {@code file}: a syntax error, or what the checks found. */
    static List<String> problems(Path file) {
        List<String> out = new ArrayList<>();
        try {
            for (Problem p : ModelChecker.check(LccParser.parse(file))) {
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
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Parse and check .lcc files without running them; exit 2 if any has a problem.")
    static final class Check implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "LCC interaction models.")
        private List<Path> files;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter out = spec.commandLine().getOut();
            boolean bad = false;
            for (Path f : files) {
                List<String> problems = problems(f);
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
    @Command(name = "roles", mixinStandardHelpOptions = true,
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
}
