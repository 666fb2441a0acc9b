package org.livemig.cost;

import java.util.List;

/**
 * Power of one PM interpolated linearly between measured watts at 0, 10, ..., 100 % utilisation, as
 * SPECpower_ssj2008 results publish them (the PowerModelSpecPower of CloudSim, Beloglazov and Buyya 2012,
 * section 6.1).
 *
 * @param wattsByDecile the 11 measured watts, at 0 % (active idle) to 100 %, not decreasing
 * @param offW power of a PM that is shut down, W
 */
public record TablePowerModel(List<Double> wattsByDecile, double offW) implements PowerModel {

    /** Points of a SPECpower table: 0, 10, ..., 100 %. */
    public static final int POINTS = 11;

    /** Checks there are 11 finite, non-negative, non-decreasing watts and a non-negative off power. */
    public TablePowerModel {
        wattsByDecile = List.copyOf(wattsByDecile);
        if (wattsByDecile.size() != POINTS) {
            throw new IllegalArgumentException(
                    "a power table needs " + POINTS + " points, got " + wattsByDecile.size());
        }
        for (int i = 0; i < POINTS; i++) {
            double w = wattsByDecile.get(i);
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("watts at " + 10 * i + " % must be a finite number >= 0, got " + w);
            }
            if (i > 0 && w < wattsByDecile.get(i - 1)) {
                throw new IllegalArgumentException("watts at " + 10 * i + " % (" + w + ") are below those at "
                        + 10 * (i - 1) + " % (" + wattsByDecile.get(i - 1) + ")");
            }
        }
        if (!(offW >= 0) || Double.isInfinite(offW)) {
            throw new IllegalArgumentException("offW must be a finite number >= 0, got " + offW);
        }
    }

    @Override
    public double activeWatts(double utilisation) {
        double u = Math.min(1, Math.max(0, utilisation)) * (POINTS - 1);
        int below = Math.min(POINTS - 2, (int) Math.floor(u));
        double lo = wattsByDecile.get(below);
        // linear between the two measured deciles (CloudSim PowerModelSpecPower.getPower)
        return lo + (wattsByDecile.get(below + 1) - lo) * (u - below);
    }

    @Override
    public double offWatts() {
        return offW;
    }
}
