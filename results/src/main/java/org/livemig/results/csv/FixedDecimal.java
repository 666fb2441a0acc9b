package org.livemig.results.csv;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Formats a double with a fixed number of decimals, independent of locale, so that identical values
 * always give identical text. Never writes {@code -0}: a value that rounds to zero is written
 * unsigned.
 */
public final class FixedDecimal {
    private static final long[] POWERS_OF_TEN = {
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L
    };
    /** Above this scaled magnitude the long fast path could lose digits. */
    private static final double FAST_LIMIT = 1e15;

    private FixedDecimal() {}

    /**
     * Appends {@code value} with {@code decimals} digits after the point.
     *
     * @param out where to append
     * @param value a finite value
     * @param decimals digits after the point, 0 to 9
     * @return {@code out}
     * @throws IllegalArgumentException if {@code value} is not finite
     */
    public static StringBuilder append(StringBuilder out, double value, int decimals) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("cannot write " + value + " as a decimal number");
        }
        long power = POWERS_OF_TEN[decimals];
        double scaled = value * power;
        if (Math.abs(scaled) >= FAST_LIMIT) {
            BigDecimal exact = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP);
            return out.append(exact.signum() == 0 ? exact.abs().toPlainString() : exact.toPlainString());
        }
        long units = Math.round(Math.abs(scaled));
        if (units != 0 && value < 0) {
            out.append('-');
        }
        out.append(units / power);
        if (decimals > 0) {
            out.append('.');
            String fraction = Long.toString(units % power);
            for (int pad = fraction.length(); pad < decimals; pad++) {
                out.append('0');
            }
            out.append(fraction);
        }
        return out;
    }

    /**
     * Formats {@code value} with {@code decimals} digits after the point.
     *
     * @param value a finite value
     * @param decimals digits after the point, 0 to 9
     * @return the text
     */
    public static String format(double value, int decimals) {
        return append(new StringBuilder(24), value, decimals).toString();
    }
}
