package org.livemig.results;

import java.nio.file.Path;

/**
 * A result file that cannot be read: its message is one line naming the file, the line (when known)
 * and what is wrong, e.g. {@code out/metrics.csv:3: column 'system_load': 'abc' is not a number}.
 */
public class ResultFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;
    private final String problem;

    /**
     * @param file the file at fault
     * @param line its 1-based line number, or 0 when the problem is not on one line
     * @param problem what is wrong, one line
     */
    public ResultFormatException(Path file, long line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    /** The file at fault. */
    public Path file() {
        return file;
    }

    /** Its 1-based line number, or 0 when the problem is not on one line. */
    public long line() {
        return line;
    }

    /** What is wrong, without file and line. */
    public String problem() {
        return problem;
    }
}
