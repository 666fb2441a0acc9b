package org.livemig.sim.workload.demand;

import java.util.random.RandomGenerator;

/**
 * One step of the mean-reverting random walk of VM demand (SPEC 4: {@code u' = clip(u + theta*(mean - u)
 * + sigma*N(0,1))} every step).
 *
 * <p>Demand is a share of the VM's vcpus, in [0, 1] (1 = every vcpu busy; cores = share x vcpus), so the
 * SPEC's clip to [0, vcpus] is a clip to [0, 1] and one sigma fits VMs of any size. Unclipped, the walk is
 * an AR(1) process: it reverts to {@code mean} with lag-1 autocorrelation {@code 1 - theta} per step and
 * stationary standard deviation {@link #stationarySd()} = {@code sigma / sqrt(theta * (2 - theta))}.
 * The walk draws exactly one {@code nextGaussian()} per VM per step, in array order, so a run is
 * reproducible from the random source's seed.
 */
public final class MeanRevertingWalk {

    private final double theta;
    private final double sigma;

    /**
     * @param theta share of the gap to the mean closed each step, in (0, 1]
     * @param sigma standard deviation of each step's normal increment, share of the vcpus, in [0, 1]
     */
    public MeanRevertingWalk(double theta, double sigma) {
        if (!(theta > 0 && theta <= 1)) {
            throw new IllegalArgumentException("theta must be in (0, 1], got " + theta);
        }
        if (!(sigma >= 0 && sigma <= 1)) {
            throw new IllegalArgumentException("sigma must be in [0, 1], got " + sigma);
        }
        this.theta = theta;
        this.sigma = sigma;
    }

    /** The walk whose unclipped stationary sd is {@code sd} and whose lag-1 autocorrelation is {@code 1 - theta}. */
    public static MeanRevertingWalk withStationarySd(double theta, double sd) {
        return new MeanRevertingWalk(theta, sd * Math.sqrt(theta * (2 - theta)));
    }

    /** Share of the gap to the mean closed each step. */
    public double theta() {
        return theta;
    }

    /** Standard deviation of each step's increment, share of the vcpus. */
    public double sigma() {
        return sigma;
    }

    /** Standard deviation around the mean in the long run, before clipping: sigma / sqrt(theta (2 - theta)). */
    public double stationarySd() {
        return sigma / Math.sqrt(theta * (2 - theta));
    }

    /**
     * The demand one step after {@code share}, walking toward {@code mean} with the spread of a busy fraction:
     * {@code clip(u + theta (mean - u) + sigma sqrt(4 u (1 - u)) N(0,1))}, the discretised Jacobi (Wright-Fisher)
     * diffusion. A vcpu's utilisation is the mean of a busy/idle indicator, whose variance is {@code u (1 - u)}:
     * an idle or a saturated VM does not vary, so the walk stays in [0, 1] with its long-run mean at
     * {@code mean} (its stationary law is close to a Beta), which a walk of constant spread clipped at 0 and 1
     * loses. This is the walk the simulation runs; {@link #busyFractionSd(double)} is its stationary sd.
     */
    public double nextAsBusyFraction(double share, double mean, RandomGenerator random) {
        double u = share < 0 ? 0 : Math.min(share, 1);
        double next = u + theta * (mean - u) + sigma * Math.sqrt(4 * u * (1 - u)) * random.nextGaussian(); // SPEC 4
        return next < 0 ? 0 : Math.min(next, 1);
    }

    /** Stationary sd of {@link #nextAsBusyFraction} around {@code mean}: sqrt(4 s^2 m (1-m) / (theta (2-theta) + 4 s^2)). */
    public double busyFractionSd(double mean) {
        double m = mean < 0 ? 0 : Math.min(mean, 1);
        return Math.sqrt(4 * sigma * sigma * m * (1 - m) / (theta * (2 - theta) + 4 * sigma * sigma));
    }

    /** Steps enough for a walk started at its mean to forget its start: three reversion times, 3 / theta. */
    public int warmUpSteps() {
        return (int) Math.ceil(3 / theta);
    }

    /** The demand one step after {@code share}, walking toward {@code mean}; both shares of the vcpus. */
    public double next(double share, double mean, RandomGenerator random) {
        double u = share + theta * (mean - share) + sigma * random.nextGaussian();
        return u < 0 ? 0 : Math.min(u, 1);
    }

    /**
     * Advances every VM one step, in place: {@code share[i]} walks toward {@code mean[i]}.
     *
     * @param share each VM's current demand, share of its vcpus; overwritten with the next demand
     * @param mean each VM's level, share of its vcpus (same length as {@code share})
     */
    public void step(double[] share, double[] mean, RandomGenerator random) {
        if (share.length != mean.length) {
            throw new IllegalArgumentException(
                    "share and mean differ in length: " + share.length + " vs " + mean.length);
        }
        for (int i = 0; i < share.length; i++) {
            double u = share[i] + theta * (mean[i] - share[i]) + sigma * random.nextGaussian();
            share[i] = u < 0 ? 0 : Math.min(u, 1);
        }
    }
}
