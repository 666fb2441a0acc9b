package org.livemig.results;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One part of a result directory (a file or a few), written by {@link RunResultWriter} into the
 * directory being assembled. Callers may add their own, e.g. an SVG figure or a backend's log.
 */
@FunctionalInterface
public interface ResultArtifact {

    /**
     * Writes this artifact's file(s) for {@code result} into {@code dir}.
     *
     * @param dir the directory being assembled (not yet the final result directory)
     * @param result the run
     * @throws IOException if writing fails; the whole result is then abandoned
     */
    void writeInto(Path dir, RunResult result) throws IOException;
}
