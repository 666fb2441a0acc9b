package org.livemig.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Slurm batch scripts of a sweep spread over a cluster: {@code sweep.sbatch}, a job array whose task I runs
 * {@code livemig sweep ... --shard I/N}, and {@code merge.sbatch}, which runs {@code sweep --merge} to write
 * {@code index.csv} once the array is done. Both run this same build of livemig (its Java and class path, which
 * must be on a file system the nodes share, like the output directory). {@link #submit} hands them to
 * {@code sbatch}, the merge depending on the array ({@code afterany}, so it reports parts that failed).
 */
final class SlurmScripts {

    /** The array script's name in {@code OUT/slurm}. */
    static final String ARRAY = "sweep.sbatch";
    /** The merge script's name in {@code OUT/slurm}. */
    static final String MERGE = "merge.sbatch";

    private final Path dir;
    private final String name;

    private SlurmScripts(Path dir, String name) {
        this.dir = dir;
        this.name = name;
    }

    /**
     * Writes both scripts into {@code out/slurm}.
     *
     * @param out the sweep directory (absolute)
     * @param name the jobs' name
     * @param sweepArgs the arguments of {@code livemig sweep} every task shares (inputs, --out, --set ...)
     * @param parts N, the array's size
     * @param cpus CPUs per task, also the task's {@code --jobs}
     * @param options further {@code #SBATCH} options (e.g. {@code --partition=short}, {@code --time=1:00:00})
     * @return the scripts
     * @throws IOException if writing fails
     */
    static SlurmScripts write(Path out, String name, List<String> sweepArgs, int parts, int cpus, List<String> options)
            throws IOException {
        Path dir = out.resolve("slurm");
        Files.createDirectories(dir);
        String launcher = launcher();
        StringBuilder array = header(name, options)
                .append("#SBATCH --array=1-")
                .append(parts)
                .append('\n')
                .append("#SBATCH --cpus-per-task=")
                .append(cpus)
                .append('\n')
                .append("#SBATCH --output=")
                .append(dir.resolve("part-%a.out"))
                .append('\n')
                .append("# Part $SLURM_ARRAY_TASK_ID of ")
                .append(parts)
                .append(" of the sweep (every ")
                .append(parts)
                .append("-th run); ")
                .append(MERGE)
                .append(" then writes index.csv.\n")
                .append("set -eu\nexec ")
                .append(launcher)
                .append(" sweep");
        sweepArgs.forEach(a -> array.append(' ').append(quoted(a)));
        array.append(" --jobs ")
                .append(cpus)
                .append(" --quiet --shard \"$SLURM_ARRAY_TASK_ID/")
                .append(parts)
                .append("\"\n");
        StringBuilder merge = header(name + "-merge", options)
                .append("#SBATCH --cpus-per-task=1\n")
                .append("#SBATCH --output=")
                .append(dir.resolve("merge.out"))
                .append('\n')
                .append("# Writes index.csv of the finished parts; exit 1 names runs that did not finish.\n")
                .append("set -eu\nexec ")
                .append(launcher)
                .append(" sweep");
        sweepArgs.forEach(a -> merge.append(' ').append(quoted(a)));
        merge.append(" --merge\n");
        writeScript(dir.resolve(ARRAY), array.toString());
        writeScript(dir.resolve(MERGE), merge.toString());
        return new SlurmScripts(dir, name);
    }

    /** The array script. */
    Path array() {
        return dir.resolve(ARRAY);
    }

    /** The merge script. */
    Path merge() {
        return dir.resolve(MERGE);
    }

    /**
     * Submits the array, then the merge depending on it.
     *
     * @param wait whether to wait for the merge to finish ({@code sbatch --wait})
     * @return the array's and the merge's job ids, and the merge's exit status when waited for (else 0)
     * @throws IOException if {@code sbatch} cannot be run or refuses a script (its message)
     */
    long[] submit(boolean wait) throws IOException {
        String arrayId = sbatch(List.of("--parsable", array().toString()));
        List<String> args = new ArrayList<>(List.of("--parsable", "--dependency=afterany:" + arrayId));
        if (wait) {
            args.add("--wait");
        }
        args.add(merge().toString());
        String[] mergeOut = new String[1];
        int status = run(args, mergeOut);
        String mergeId =
                mergeOut[0].lines().findFirst().orElse("").split(";")[0].trim();
        if (!wait && status != 0) {
            throw new IOException("sbatch " + merge() + ": " + mergeOut[0].trim());
        }
        try {
            return new long[] {Long.parseLong(arrayId), Long.parseLong(mergeId), status};
        } catch (NumberFormatException e) {
            throw new IOException("sbatch printed no job id for " + name + ": '" + mergeOut[0].trim() + "'");
        }
    }

    private static String sbatch(List<String> args) throws IOException {
        String[] out = new String[1];
        int status = run(args, out);
        if (status != 0) {
            throw new IOException("sbatch " + String.join(" ", args) + ": " + out[0].trim());
        }
        return out[0].lines().findFirst().orElse("").split(";")[0].trim();
    }

    private static int run(List<String> args, String[] output) throws IOException {
        List<String> command = new ArrayList<>();
        command.add("sbatch");
        command.addAll(args);
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException(
                    "cannot run sbatch (is Slurm's client installed? --slurm-no-submit only writes " + "the scripts): "
                            + e.getMessage(),
                    e);
        }
        try {
            output[0] = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(7, TimeUnit.DAYS)) {
                p.destroy();
            }
            return p.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroy();
            throw new IOException("interrupted waiting for sbatch", e);
        }
    }

    private static StringBuilder header(String name, List<String> options) {
        StringBuilder s = new StringBuilder("#!/bin/bash\n# Written by livemig sweep --slurm (see docs/CLUSTER.md).\n")
                .append("#SBATCH --job-name=")
                .append(name)
                .append('\n');
        options.forEach(o -> s.append("#SBATCH ").append(o).append('\n'));
        return s;
    }

    /** This JVM and class path as a shell command that runs livemig's main class. */
    private static String launcher() {
        String javaCommand = ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(Path.of(entry).toAbsolutePath().toString());
        }
        return quoted(javaCommand) + " ${LIVEMIG_JAVA_OPTS:-} -cp " + quoted(String.join(File.pathSeparator, classPath))
                + " " + LivemigCommand.class.getName();
    }

    /** {@code text} in single quotes for the shell. */
    static String quoted(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    private static void writeScript(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: sbatch reads the script anyway
        }
    }
}
