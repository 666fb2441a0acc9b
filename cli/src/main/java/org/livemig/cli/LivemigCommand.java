package org.livemig.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code livemig} command line: one subcommand per job. */
@Command(name = "livemig",
        mixinStandardHelpOptions = true,
        versionProvider = LivemigVersion.class,
        description = "Decentralised VM live-migration strategies, simulated and on libvirt.",
        subcommands = {
                CommandLine.HelpCommand.class,
                CostCommand.class,
        })
public final class LivemigCommand implements Runnable {

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

    /** The configured command line, also used by tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new LivemigCommand());
        cl.setParameterExceptionHandler((ex, arguments) -> {
            ex.getCommandLine().getErr().println("livemig: " + ex.getMessage());
            return EXIT_BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof BadInputException) {
                commandLine.getErr().println("livemig: " + ex.getMessage());
                return EXIT_BAD_INPUT;
            }
            throw ex;
        });
        return cl;
    }
}
