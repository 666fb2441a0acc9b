package org.livemig.sim.workload;

/**
 * Shares a total CPU demand over VMs in proportion to their stress weights, no VM above its cap (its
 * vCPUs): water-filling, so a capped VM's excess goes to the others.
 */
public final class DemandScaling {

    private DemandScaling() {}

    /**
     * Demands {@code d_i = min(cap_i, s * w_i)} summing to {@code total}.
     *
     * @throws IllegalArgumentException when {@code total} exceeds the sum of the caps
     */
    public static double[] fill(double[] weights, double[] caps, double total) {
        int n = weights.length;
        if (caps.length != n) {
            throw new IllegalArgumentException("one cap per weight is needed");
        }
        double capacity = 0;
        for (double cap : caps) {
            capacity += cap;
        }
        if (total > capacity * (1 + 1e-12)) {
            throw new IllegalArgumentException(String.format(
                    java.util.Locale.ROOT,
                    "a demand of %.3f cores is needed but %d VMs can give at most %.3f",
                    total,
                    n,
                    capacity));
        }
        double[] demand = new double[n];
        boolean[] capped = new boolean[n];
        double remaining = total;
        boolean changed = true;
        while (changed) {
            changed = false;
            double weightSum = 0;
            for (int i = 0; i < n; i++) {
                if (!capped[i]) {
                    weightSum += weights[i];
                }
            }
            double scale = weightSum > 0 ? remaining / weightSum : 0;
            for (int i = 0; i < n; i++) {
                if (!capped[i] && scale * weights[i] >= caps[i]) {
                    capped[i] = true;
                    demand[i] = caps[i];
                    remaining -= caps[i];
                    changed = true;
                }
            }
            if (!changed) {
                for (int i = 0; i < n; i++) {
                    if (!capped[i]) {
                        demand[i] = scale * weights[i];
                    }
                }
            }
        }
        return demand;
    }
}
