package org.livemig.crosscheck;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.livemig.argument.Arguments;
import org.livemig.sim.workload.demand.MeanRevertingWalk;

/**
 * The workload of the CloudSim Plus comparison (issue 12, item 4): each VM's CPU share follows its own
 * mean-reverting walk of constant noise ({@link MeanRevertingWalk#next}: {@code clip(u + theta (mean - u) +
 * sigma N(0,1), 0, 1)} every step), starting uniform in [0, 2 mean]. Each VM draws from its own split of one
 * seeded stream, so a VM's path does not depend on who asks for it or when; both simulators read the same paths.
 */
public final class ReferenceWalk {

    private final MeanRevertingWalk walk;
    private final double mean;
    private final double stepS;
    private final SplittableRandom[] random;
    private final double[][] path;
    private final int[] steps;

    /**
     * @param vms number of VMs (ids 0 .. vms - 1)
     * @param mean each VM's level, share of its vcpus, in [0, 0.5] (so the start range stays in [0, 1])
     * @param sigma sd of each step's increment, in [0, 1]
     * @param theta share of the gap to the mean closed each step, in (0, 1]
     * @param stepS time between two steps, s
     * @param seed seed of every VM's stream
     */
    public ReferenceWalk(int vms, double mean, double sigma, double theta, double stepS, long seed) {
        Arguments.positive("vms", vms);
        Arguments.range("mean", mean, 0, true, 0.5, true, Arguments.ILLEGAL_ARGUMENT);
        Arguments.positive("stepS", stepS);
        this.walk = new MeanRevertingWalk(theta, sigma);
        this.mean = mean;
        this.stepS = stepS;
        this.random = new SplittableRandom[vms];
        this.path = new double[vms][];
        this.steps = new int[vms];
        SplittableRandom root = new SplittableRandom(seed);
        for (int vm = 0; vm < vms; vm++) {
            random[vm] = root.split();
            path[vm] = new double[16];
            path[vm][0] = 2 * mean * random[vm].nextDouble(); // start uniform in [0, 2 mean] (issue 12)
            steps[vm] = 1;
        }
    }

    /** Number of VMs. */
    public int vms() {
        return path.length;
    }

    /** Time between two steps, s. */
    public double stepS() {
        return stepS;
    }

    /** The share of its vcpus VM {@code vm} demands at {@code timeS}: the walk's value at the last step before. */
    public double share(int vm, double timeS) {
        int step = (int) Math.floor(Math.max(0, timeS) / stepS + 1e-9);
        double[] p = path[vm];
        while (steps[vm] <= step) {
            if (steps[vm] == p.length) {
                p = Arrays.copyOf(p, p.length * 2);
                path[vm] = p;
            }
            p[steps[vm]] = walk.next(p[steps[vm] - 1], mean, random[vm]);
            steps[vm]++;
        }
        return p[step];
    }

    /**
     * Writes the paths from 0 to {@code spanS} as livemig's {@code time_s,vm,cpu} trace (cpu in %; SPEC 4,
     * {@code workload.trace_file}), one row per VM and step, so {@code workload.model: trace} replays them.
     */
    public void writeTrace(Path file, double spanS) {
        int last = (int) Math.ceil(spanS / stepS) + 1;
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("time_s,vm,cpu\n");
            for (int step = 0; step <= last; step++) {
                double t = step * stepS;
                for (int vm = 0; vm < path.length; vm++) {
                    out.write(Double.toString(t));
                    out.write(',');
                    out.write(Integer.toString(vm));
                    out.write(',');
                    out.write(Double.toString(share(vm, t) * 100));
                    out.write('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the trace " + file, e);
        }
    }
}
