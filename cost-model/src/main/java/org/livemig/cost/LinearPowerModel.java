package org.livemig.cost;

/**
 * Power drawn by one PM, linear in its utilisation between idle and peak (issue 6; the linear model of Fan,
 * Weber and Barroso 2007, "Power provisioning for a warehouse-sized computer").
 *
 * @param idleW power of an active PM with no load, W
 * @param peakW power of an active PM at full load, W (at least {@code idleW})
 * @param offW power of a PM that is shut down, W
 */
public record LinearPowerModel(double idleW, double peakW, double offW) implements PowerModel {

    /** Checks that every value is finite and not negative, and that peak is not below idle. */
    public LinearPowerModel {
        if (!(idleW >= 0 && peakW >= idleW && offW >= 0) || Double.isInfinite(peakW)) {
            throw new IllegalArgumentException("need 0 <= idleW <= peakW (finite) and offW >= 0, got idle " + idleW
                    + ", peak " + peakW + ", off " + offW);
        }
    }

    /** Watts of an active PM at utilisation {@code utilisation} (loads above 1 draw peak). */
    @Override
    public double activeWatts(double utilisation) {
        // P(u) = P_idle + (P_peak - P_idle) * min(1, u)   (Fan et al. 2007, eq. 1)
        return idleW + (peakW - idleW) * Math.min(1, Math.max(0, utilisation));
    }

    @Override
    public double offWatts() {
        return offW;
    }
}
