package org.livemig.sim.workload.demand;

import java.util.random.RandomGenerator;

/**
 * VMPlaceS's load injector (Injector.generateLoadQueue): at exponential intervals one VM, chosen uniformly,
 * gets a new demand drawn from a normal distribution, clipped to [0, 1].
 *
 * <p>Demand is a share of the VM's vcpus, as in {@link MeanRevertingWalk}; the normal is centred on each
 * VM's own level (VMPlaceS uses one global mean). As in VMPlaceS the interval is given per VM: events
 * come at rate {@code vms / meanIntervalPerVmS}, so each VM is re-drawn every {@code meanIntervalPerVmS} on
 * average whatever the number of VMs.
 */
public final class GaussianRedraw {

    private final double meanIntervalPerVmS;
    private final double sd;

    /**
     * @param meanIntervalPerVmS mean time between two re-draws of the same VM, s, above 0
     * @param sd standard deviation of the normal around the VM's level, share of its vcpus, in [0, 1]
     */
    public GaussianRedraw(double meanIntervalPerVmS, double sd) {
        if (!(meanIntervalPerVmS > 0) || Double.isInfinite(meanIntervalPerVmS)) {
            throw new IllegalArgumentException("meanIntervalPerVmS must be > 0 and finite, got " + meanIntervalPerVmS);
        }
        if (!(sd >= 0 && sd <= 1)) {
            throw new IllegalArgumentException("sd must be in [0, 1], got " + sd);
        }
        this.meanIntervalPerVmS = meanIntervalPerVmS;
        this.sd = sd;
    }

    /** Mean time between two re-draws of the same VM, s. */
    public double meanIntervalPerVmS() {
        return meanIntervalPerVmS;
    }

    /** Standard deviation of a re-draw around the VM's level, share of its vcpus. */
    public double sd() {
        return sd;
    }

    /** Time to the next re-draw among {@code vms} VMs, s: exponential with mean {@code meanIntervalPerVmS / vms}. */
    public double nextIntervalS(int vms, RandomGenerator random) {
        if (vms < 1) {
            throw new IllegalArgumentException("vms must be at least 1, got " + vms);
        }
        return -Math.log(1 - random.nextDouble()) * meanIntervalPerVmS / vms;
    }

    /** A new demand around {@code level} (share of the vcpus): normal with sd {@link #sd()}, clipped to [0, 1]. */
    public double draw(double level, RandomGenerator random) {
        double u = level + sd * random.nextGaussian();
        return u < 0 ? 0 : Math.min(u, 1);
    }

    /**
     * One injector event, in place: picks a VM uniformly and re-draws its demand around its level.
     *
     * @param share each VM's demand, share of its vcpus; one entry is overwritten
     * @param level each VM's level, share of its vcpus (same length as {@code share}, at least 1)
     * @return the index of the VM re-drawn
     */
    public int redrawOne(double[] share, double[] level, RandomGenerator random) {
        if (share.length != level.length || share.length == 0) {
            throw new IllegalArgumentException(
                    "share and level must have the same, non-zero length: " + share.length + " vs " + level.length);
        }
        int vm = random.nextInt(share.length);
        share[vm] = draw(level[vm], random);
        return vm;
    }
}
