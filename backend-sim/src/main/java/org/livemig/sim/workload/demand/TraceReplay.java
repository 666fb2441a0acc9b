package org.livemig.sim.workload.demand;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Replay of recorded CPU utilisation per VM (SPEC 4: PlanetLab/CoMon, one file per VM, one percentage per
 * line every 300 s; or a {@code time_s,vm,cpu} CSV), as CloudSim's UtilizationModelPlanetLabInMemory does.
 *
 * <p>Values are shares of the VM's vcpus in [0, 1] (the files hold percentages 0-100). Between two samples
 * of a VM the share is interpolated linearly (CloudSim does the same between its 300 s samples). A trace
 * shorter than the run wraps around: time t reads the trace at t modulo its length. VM i replays trace
 * {@code i mod traces()}, so fewer traces than VMs repeat from the first (same demand, in phase).
 *
 * <p>PlanetLab/CoMon ({@link #readPlanetLab}): the directory's regular files, hidden ones ({@code .name})
 * excepted, sorted by name (plain string order: {@code vm10} sorts before {@code vm2}, so pad numbers) are
 * traces 0, 1, ...; line k (from 0) of a file with n lines is the sample at k x 300 s; the trace is
 * n x 300 s long and its last 300 s interpolate from the last sample back to the first, so it wraps
 * without a jump. Files may differ in length; each wraps on its own.
 *
 * <p>CSV ({@link #readCsv}): header {@code time_s,vm,cpu} required, then one row per sample: time in s
 * (&gt;= 0), VM id (0, 1, ... without gaps), CPU percentage 0-100. A VM's rows are in increasing time; the
 * rows of different VMs may interleave. The trace is as long as its largest {@code time_s}; before a VM's
 * first row its first value holds, after its last row its last value holds.
 */
public final class TraceReplay {

    /** Sampling period of PlanetLab/CoMon files, s. */
    public static final double PLANETLAB_INTERVAL_S = 300;

    private final double[][] times;
    private final double[][] shares;
    private final double[] lengthS;

    /** Sample times (ascending, from 0 or later) and shares in [0, 1] per trace, and each trace's length, s. */
    TraceReplay(double[][] times, double[][] shares, double[] lengthS) {
        if (times.length == 0 || times.length != shares.length || times.length != lengthS.length) {
            throw new IllegalArgumentException("need as many times, shares and lengths, at least one trace");
        }
        this.times = times;
        this.shares = shares;
        this.lengthS = lengthS;
    }

    /** Reads a PlanetLab/CoMon directory: one file per VM, one CPU percentage per line, every 300 s. */
    public static TraceReplay readPlanetLab(Path directory) throws TraceFormatException {
        return TraceFiles.readPlanetLab(directory);
    }

    /** Reads a {@code time_s,vm,cpu} CSV file (header required; cpu in percent, 0-100). */
    public static TraceReplay readCsv(Path file) throws TraceFormatException {
        return TraceFiles.readCsv(file);
    }

    /** Number of traces (files of a directory, or VM ids of a CSV). */
    public int traces() {
        return times.length;
    }

    /** The trace VM {@code vm} replays: {@code vm mod traces()}. */
    public int traceOf(int vm) {
        if (vm < 0) {
            throw new IllegalArgumentException("vm must be >= 0, got " + vm);
        }
        return vm % times.length;
    }

    /** Length of trace {@code trace}, s; it wraps after this. */
    public double lengthS(int trace) {
        return lengthS[trace];
    }

    /** Demand of VM {@code vm} at time {@code timeS} (&gt;= 0), as a share of its vcpus in [0, 1]. */
    public double share(int vm, double timeS) {
        if (!(timeS >= 0) || Double.isInfinite(timeS)) {
            throw new IllegalArgumentException("timeS must be finite and >= 0, got " + timeS);
        }
        int trace = traceOf(vm);
        double[] t = times[trace];
        double[] v = shares[trace];
        double x = lengthS[trace] > 0 ? timeS % lengthS[trace] : 0;
        if (x <= t[0]) {
            return v[0];
        }
        int last = t.length - 1;
        if (x >= t[last]) {
            return v[last];
        }
        int i = Arrays.binarySearch(t, x);
        if (i >= 0) {
            return v[i];
        }
        int hi = -i - 1;
        int lo = hi - 1;
        return v[lo] + (v[hi] - v[lo]) * (x - t[lo]) / (t[hi] - t[lo]);
    }

    /** Fills {@code out[vm]} with {@link #share(int, double)} of every VM 0 .. out.length - 1 at {@code timeS}. */
    public void shares(double timeS, double[] out) {
        for (int vm = 0; vm < out.length; vm++) {
            out[vm] = share(vm, timeS);
        }
    }
}
