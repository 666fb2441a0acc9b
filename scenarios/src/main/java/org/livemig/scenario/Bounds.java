package org.livemig.scenario;

/** Range checks for scenario values; each failure names the YAML key and the value. */
final class Bounds {

    private Bounds() {
    }

    /** {@code value} must be finite and in the interval from lo to hi, open or closed at each end. */
    static void range(String key, double value, double lo, boolean loClosed, double hi, boolean hiClosed) {
        finite(key, value);
        boolean aboveLo = loClosed ? value >= lo : value > lo;
        boolean belowHi = hiClosed ? value <= hi : value < hi;
        if (!aboveLo || !belowHi) {
            String interval = (loClosed ? "[" : "(") + NumberText.format(lo) + ", " + NumberText.format(hi)
                    + (hiClosed ? "]" : ")");
            throw new InvalidScenarioException(key, "must be in " + interval + ", got " + NumberText.format(value));
        }
    }

    /** {@code value} must be in [0, 1]. */
    static void probability(String key, double value) {
        range(key, value, 0, true, 1, true);
    }

    /** {@code value} must be finite and above 0. */
    static void positive(String key, double value) {
        finite(key, value);
        if (!(value > 0)) {
            throw new InvalidScenarioException(key, "must be > 0, got " + NumberText.format(value));
        }
    }

    /** {@code value} must be finite and at least 0. */
    static void nonNegative(String key, double value) {
        finite(key, value);
        if (value < 0) {
            throw new InvalidScenarioException(key, "must be >= 0, got " + NumberText.format(value));
        }
    }

    /** {@code value} must be a finite number. */
    static void finite(String key, double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidScenarioException(key, "must be a finite number, got " + value);
        }
    }

    /** {@code value} must be in [lo, hi]. */
    static void range(String key, long value, long lo, long hi) {
        if (value < lo || value > hi) {
            throw new InvalidScenarioException(key, "must be in [" + lo + ", " + hi + "], got " + value);
        }
    }

    /** {@code value} must not be null. */
    static <T> T present(String key, T value) {
        if (value == null) {
            throw new InvalidScenarioException(key, "missing value");
        }
        return value;
    }
}
