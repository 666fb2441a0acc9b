package org.livemig.argument;

import java.math.BigDecimal;

/** The argument checks every module shares; each failure names the value and says why it is wrong. */
public final class Arguments {

    /** Makes the exception thrown when the value called {@code name} is wrong for {@code reason}. */
    @FunctionalInterface
    public interface Failure {

        /** The exception to throw, e.g. for {@code ("timeS", "must be >= 0, got -1")}. */
        RuntimeException of(String name, String reason);
    }

    /** Throws {@link IllegalArgumentException} with the message {@code "name reason"}. */
    public static final Failure ILLEGAL_ARGUMENT = (name, reason) -> new IllegalArgumentException(name + " " + reason);

    private Arguments() {}

    /** {@code value} must be a finite number. */
    public static void finite(String name, double value) {
        finite(name, value, ILLEGAL_ARGUMENT);
    }

    /** {@code value} must be a finite number; {@code failure} makes the exception otherwise. */
    public static void finite(String name, double value, Failure failure) {
        if (!Double.isFinite(value)) {
            throw failure.of(name, "must be a finite number, got " + value);
        }
    }

    /** {@code value} must be finite and at least 0 (a time, a duration, a size). */
    public static void nonNegative(String name, double value) {
        nonNegative(name, value, ILLEGAL_ARGUMENT);
    }

    /** {@code value} must be finite and at least 0; {@code failure} makes the exception otherwise. */
    public static void nonNegative(String name, double value, Failure failure) {
        finite(name, value, failure);
        if (value < 0) {
            throw failure.of(name, "must be >= 0, got " + number(value));
        }
    }

    /** Every element of {@code values} must be finite and at least 0; the array must not be null. */
    public static void nonNegativeAll(String name, double[] values) {
        present(name, values);
        for (int i = 0; i < values.length; i++) {
            nonNegative(name + "[" + i + "]", values[i]);
        }
    }

    /** {@code value} must be finite and above 0. */
    public static void positive(String name, double value) {
        positive(name, value, ILLEGAL_ARGUMENT);
    }

    /** {@code value} must be finite and above 0; {@code failure} makes the exception otherwise. */
    public static void positive(String name, double value, Failure failure) {
        finite(name, value, failure);
        if (!(value > 0)) {
            throw failure.of(name, "must be > 0, got " + number(value));
        }
    }

    /** {@code value} must be in [0, 1]; {@code failure} makes the exception otherwise. */
    public static void probability(String name, double value, Failure failure) {
        range(name, value, 0, true, 1, true, failure);
    }

    /** {@code value} must be finite and between lo and hi, each end open or closed. */
    public static void range(
            String name, double value, double lo, boolean loClosed, double hi, boolean hiClosed, Failure failure) {
        finite(name, value, failure);
        boolean aboveLo = loClosed ? value >= lo : value > lo;
        boolean belowHi = hiClosed ? value <= hi : value < hi;
        if (!aboveLo || !belowHi) {
            String interval = (loClosed ? "[" : "(") + number(lo) + ", " + number(hi) + (hiClosed ? "]" : ")");
            throw failure.of(name, "must be in " + interval + ", got " + number(value));
        }
    }

    /** {@code value} must be in [lo, hi]; {@code failure} makes the exception otherwise. */
    public static void range(String name, long value, long lo, long hi, Failure failure) {
        if (value < lo || value > hi) {
            throw failure.of(name, "must be in [" + lo + ", " + hi + "], got " + value);
        }
    }

    /** A count or an id: {@code value} must be at least 0. */
    public static void count(String name, long value) {
        if (value < 0) {
            throw ILLEGAL_ARGUMENT.of(name, "must be >= 0, got " + value);
        }
    }

    /** {@code value} must not be null; returns it. */
    public static <T> T present(String name, T value) {
        return present(name, value, ILLEGAL_ARGUMENT);
    }

    /** {@code value} must not be null; returns it, and {@code failure} makes the exception otherwise. */
    public static <T> T present(String name, T value, Failure failure) {
        if (value == null) {
            throw failure.of(name, "must not be null");
        }
        return value;
    }

    /** {@code value} as a person types it ({@code 3.5}, {@code 20000}, {@code 0.0005}): no exponent. */
    private static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
