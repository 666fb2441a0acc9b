package org.livemig.entropy;

/** Argument checks shared by the entropy classes; each failure is a one-line message naming the value. */
final class Checks {

    private Checks() {
    }

    static void nonNegative(String name, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + value);
        }
    }

    static void positive(String name, double value) {
        if (!Double.isFinite(value) || value <= 0) {
            throw new IllegalArgumentException(name + " must be a finite number > 0, got " + value);
        }
    }

    static void nonNegativeAll(String name, double[] values) {
        if (values == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        for (int i = 0; i < values.length; i++) {
            nonNegative(name + "[" + i + "]", values[i]);
        }
    }
}
