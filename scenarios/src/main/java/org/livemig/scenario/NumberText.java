package org.livemig.scenario;

import java.math.BigDecimal;

/** Numbers written the way a person types them: {@code 20000}, {@code 0.0005}, {@code -0.0463}. */
final class NumberText {

    private NumberText() {}

    /** The shortest plain decimal that reads back as exactly {@code value}; no exponent. */
    static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
