package org.livemig.strategy.central;

import java.util.List;

/**
 * Local regression (loess, Cleveland 1979) of a host's recent utilisation, as Beloglazov and Buyya's LR overload
 * detection uses it (CCPE 2012, section 4.2.3): a straight line fitted by weighted least squares to the last
 * observations, the newest weighted most (tricube weights), extrapolated some intervals ahead.
 */
final class LocalRegressionForecast {

    private LocalRegressionForecast() {}

    /**
     * The utilisation {@code ahead} intervals after the newest of {@code history} (oldest first, at least 2).
     */
    static double predict(List<Double> history, double ahead) {
        int n = history.size();
        if (n < 2) {
            throw new IllegalArgumentException("local regression needs 2 observations, got " + n);
        }
        double span = n; // every observation lies within the neighbourhood of the newest
        double sw = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            double x = i + 1;
            double d = (n - x) / span;
            // tricube weight w(d) = (1 - |d|^3)^3 (Cleveland 1979, eq. 2)
            double w = Math.pow(1 - d * d * d, 3);
            double y = history.get(i);
            sw += w;
            sx += w * x;
            sy += w * y;
            sxx += w * x * x;
            sxy += w * x * y;
        }
        double denominator = sw * sxx - sx * sx;
        double slope = denominator == 0 ? 0 : (sw * sxy - sx * sy) / denominator;
        double intercept = (sy - slope * sx) / sw;
        return intercept + slope * (n + ahead);
    }
}
