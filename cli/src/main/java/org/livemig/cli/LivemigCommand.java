package org.livemig.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code livemig} command line: one subcommand per job. */
@Command(
        name = "livemig",
        mixinStandardHelpOptions = true,
        versionProvider = LivemigVersion.class,
        description = "Decentralised VM live-migration strategies, simulated and on libvirt.",
        subcommands = {
            CommandLine.HelpCommand.class,
            CostCommand.class,
            LccCommand.class,
            RunCommand.class,
            SweepCommand.class,
            PlotCommand.class,
            CheckCommand.class,
            ReportCommand.class,
            BenchCommand.class,
            FaultsCommand.class,
            AgentCommand.class,
            MeasureCommand.class,
            TestbedCommand.class,
        })
public final class LivemigCommand implements Runnable {

    /** Exit status when a run fails (an invariant violated, a file that cannot be written). */
    public static final int EXIT_FAILURE = 1;

    /** Exit status for bad input (a malformed file, a wrong key or value). */
    public static final int EXIT_BAD_INPUT = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The message of {@code ex} on one line; set LIVEMIG_DEBUG to also get the stack trace. */
    private static String oneLine(Exception ex) {
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        if (ex instanceof IOException && !(ex instanceof FileSystemException)) {
            message = "I/O error: " + message;
        } else if (ex instanceof FileSystemException fs) {
            message = "cannot write " + fs.getFile() + (fs.getReason() == null ? "" : ": " + fs.getReason());
        }
        return message.replace('\n', ' ');
    }

    /** The configured command line, also used by tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new LivemigCommand());
        cl.setParameterExceptionHandler((ex, arguments) -> {
            ex.getCommandLine().getErr().println("livemig: " + ex.getMessage());
            return EXIT_BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("livemig: " + oneLine(ex));
            if (System.getenv("LIVEMIG_DEBUG") != null) {
                ex.printStackTrace(commandLine.getErr());
            }
            return ex instanceof BadInputException ? EXIT_BAD_INPUT : EXIT_FAILURE;
        });
        return cl;
    }
}
