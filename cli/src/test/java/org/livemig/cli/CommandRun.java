package org.livemig.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * Exit status, standard output and standard error of one {@code livemig} invocation, run in process.
 *
 * @param exit exit status
 * @param out  what was printed on standard output
 * @param err  what was printed on standard error
 */
record CommandRun(int exit, String out, String err) {

    /** Runs {@code livemig args...} through {@link LivemigCommand#commandLine()}. */
    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = LivemigCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new CommandRun(exit, out.toString(), err.toString());
    }
}
