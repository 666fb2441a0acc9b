package org.livemig.strategy.central;

/** Whether a host is overloaded now, or would be with {@code extraUtilisation} more (central baselines). */
interface OverloadDetection {

    boolean overloaded(HostView host, double extraUtilisation);

    /** Utilisation above {@code threshold} (Beloglazov and Buyya 2012, THR; CloudSim Plus StaticThreshold). */
    static OverloadDetection staticThreshold(double threshold) {
        return (host, extra) -> host.utilisation() + extra > threshold;
    }

    /**
     * Local regression (Beloglazov and Buyya 2012, section 4.2.3, LR): overloaded when {@code safety} times the
     * utilisation predicted {@code ahead} intervals on is at least 1; with fewer than {@code length}
     * observations, the static {@code fallback} threshold decides (as their LR falls back to THR).
     */
    static OverloadDetection localRegression(double safety, int length, double ahead, double fallback) {
        return (host, extra) -> {
            if (host.history.size() < length) {
                return host.utilisation() + extra > fallback;
            }
            int n = host.history.size();
            double predicted = LocalRegressionForecast.predict(host.history.subList(n - length, n), ahead);
            double change = host.utilisation() - host.history.get(n - 1) + extra;
            return safety * (predicted + change) >= 1;
        };
    }
}
