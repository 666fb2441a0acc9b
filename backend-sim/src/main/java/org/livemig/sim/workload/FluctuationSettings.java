package org.livemig.sim.workload;

/**
 * Rates of the fluctuation scenario. VMs arrive as a Poisson process (exponential inter-arrival times
 * of mean {@code meanInterArrivalS}); VMs leave as a Poisson process of rate N/{@code meanLifetimeS}
 * (N the VMs present), each removal taking a VM uniformly at random among those not migrating. The
 * number of VMs then hovers around meanLifetimeS / meanInterArrivalS, so the defaults keep it, and
 * the system load, around their initial values.
 *
 * @param meanInterArrivalS mean time between arrivals, s; 0 means meanLifetimeS / initial VM count
 * @param meanLifetimeS     mean time a VM stays, s (&gt; 0)
 */
public record FluctuationSettings(double meanInterArrivalS, double meanLifetimeS) {

    /** Mean VM lifetime 5000 s; arrivals keep the VM count around its initial value. */
    public static final FluctuationSettings DEFAULT = new FluctuationSettings(0, 5000);

    /** Validates the settings; a bad value gets a one-line message naming it. */
    public FluctuationSettings {
        if (!(meanInterArrivalS >= 0) || Double.isInfinite(meanInterArrivalS)) {
            throw new IllegalArgumentException("fluctuation.mean_inter_arrival_s must be a finite number >= 0 (got "
                    + meanInterArrivalS + ")");
        }
        if (!(meanLifetimeS > 0) || Double.isInfinite(meanLifetimeS)) {
            throw new IllegalArgumentException("fluctuation.mean_lifetime_s must be a finite number > 0 (got "
                    + meanLifetimeS + ")");
        }
    }

    /** The mean inter-arrival time for a run that starts with {@code initialVms} VMs, s. */
    public double interArrivalS(int initialVms) {
        return meanInterArrivalS > 0 ? meanInterArrivalS : meanLifetimeS / Math.max(1, initialVms);
    }
}
