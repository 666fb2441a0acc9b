package org.livemig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The real thing: a one-node Slurm cluster on loopback (scripts/slurm.sh: munged, slurmctld, slurmd), a small
 * sweep submitted with {@code livemig sweep --slurm} as a job array of three parts and a dependent merge job,
 * and the merged index.csv compared with a local run of the same sweep (all but the wall_s column). Needs root
 * and the packages of scripts/install-deps; when they are missing the test is skipped on a developer machine but
 * fails under CI (CI=true).
 */
class SlurmSweepTest {

    private static final Path SCRIPT =
            Path.of("..", "scripts", "slurm.sh").toAbsolutePath().normalize();

    @Test
    void aJobArrayOfShardsAndAMergeWriteTheIndexOfALocalSweep() throws Exception {
        if (!Files.isRegularFile(SCRIPT) || script("check").waitFor() != 0) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("the local Slurm cluster cannot run under CI: run as root after scripts/install-deps");
            }
            Assumptions.abort("needs root and Debian's slurmctld, slurmd, slurm-client, munge (scripts/install-deps)");
        }
        Path dir = Path.of("target", "slurm-test").toAbsolutePath();
        deleteTree(dir);
        Files.createDirectories(dir);
        Path sweep = dir.resolve("small.yaml");
        Files.writeString(sweep, """
                name: small
                scenario: {preset: testbed, duration_s: 1500}
                matrix:
                  strategy: [push, pull]
                  network.loss_probability: [0, 0.05]
                seeds: [1, 2]
                """);
        Path cluster = dir.resolve("cluster");
        int port = freePort();
        Process up = script("up", cluster.toString(), Integer.toString(port));
        String upOut = new String(up.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(up.waitFor(60, TimeUnit.SECONDS) && up.exitValue() == 0, "cluster did not start: " + upOut);
        try {
            Path spread = dir.resolve("on-slurm");
            ProcessBuilder pb = new ProcessBuilder(
                            java(),
                            "-cp",
                            classPath(),
                            LivemigCommand.class.getName(),
                            "sweep",
                            sweep.toString(),
                            "--out",
                            spread.toString(),
                            "--slurm",
                            "--shards",
                            "3",
                            "--slurm-wait",
                            "--set",
                            "workload.load=high")
                    .redirectErrorStream(true);
            pb.environment().put("SLURM_CONF", cluster.resolve("slurm.conf").toString());
            Process submit = pb.start();
            String out = new String(submit.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(submit.waitFor(110, TimeUnit.SECONDS), "the Slurm sweep did not end in time: " + out);
            assertEquals(0, submit.exitValue(), out + logs(spread));
            assertTrue(out.contains("8 runs in 3 parts"), out);
            for (int part = 1; part <= 3; part++) {
                assertTrue(
                        Files.readString(spread.resolve("slurm").resolve("part-" + part + ".out"))
                                .contains("part " + part + "/3"),
                        "array task " + part + " ran its part");
            }

            Path local = dir.resolve("local");
            CommandRun run = CommandRun.of(
                    "sweep", sweep.toString(), "--out", local.toString(), "--quiet", "--set", "workload.load=high");
            assertEquals(0, run.exit(), run.err());
            assertEquals(withoutWallTime(local.resolve("index.csv")), withoutWallTime(spread.resolve("index.csv")));
        } finally {
            script("down", cluster.toString()).waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Process script(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(Arrays.asList(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static List<String> withoutWallTime(Path index) throws Exception {
        List<String> lines = Files.readAllLines(index);
        int column = Arrays.asList(lines.get(0).split(",")).indexOf("wall_s");
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            List<String> fields = new ArrayList<>(Arrays.asList(line.split(",", -1)));
            fields.remove(column);
            out.add(String.join(",", fields));
        }
        return out;
    }

    private static String logs(Path spread) throws Exception {
        StringBuilder s = new StringBuilder();
        Path slurm = spread.resolve("slurm");
        if (Files.isDirectory(slurm)) {
            try (var files = Files.list(slurm)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".out"))
                        .sorted()
                        .toList()) {
                    s.append('\n').append(f.getFileName()).append(": ").append(Files.readString(f));
                }
            }
        }
        return s.toString();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The test's class path (surefire's, not its booter jar), absolute, for the CLI and the jobs it writes. */
    private static String classPath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> entries = new ArrayList<>();
        for (String e : cp.split(File.pathSeparator)) {
            entries.add(Path.of(e).toAbsolutePath().toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
