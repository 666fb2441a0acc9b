package org.livemig.strategy.lcc.runtime;

import java.util.List;
import org.livemig.strategy.lcc.syntax.Term;

/**
 * The value of an arithmetic expression in a constraint ({@code is} and the comparisons, as in Prolog and LiJ):
 * numbers, {@code + - * /}, unary minus, {@code abs/1}, {@code min/2}, {@code max/2}. An unbound variable or a
 * term that is not a number is an error, not a failed constraint.
 */
final class ArithmeticValue {

    private ArithmeticValue() {}

    /** The value of {@code t}, whose variables are already replaced by their values. */
    static double of(Term t) {
        if (t instanceof Term.Num n) {
            return n.value();
        }
        if (t instanceof Term.Var v) {
            throw new LccRuntimeException("variable " + v.name() + " is unbound in an arithmetic expression");
        }
        if (t instanceof Term.Struct s) {
            List<Term> a = s.args();
            return switch (s.functor() + "/" + a.size()) {
                case "+/2" -> of(a.get(0)) + of(a.get(1));
                case "-/2" -> of(a.get(0)) - of(a.get(1));
                case "*/2" -> of(a.get(0)) * of(a.get(1));
                case "//2" -> divide(of(a.get(0)), of(a.get(1)), s);
                case "-/1" -> -of(a.get(0));
                case "abs/1" -> Math.abs(of(a.get(0)));
                case "min/2" -> Math.min(of(a.get(0)), of(a.get(1)));
                case "max/2" -> Math.max(of(a.get(0)), of(a.get(1)));
                default -> throw notANumber(t);
            };
        }
        throw notANumber(t);
    }

    private static LccRuntimeException notANumber(Term t) {
        return new LccRuntimeException(t + " is not a number or an arithmetic expression");
    }

    private static double divide(double x, double y, Term at) {
        if (y == 0) {
            throw new LccRuntimeException("division by zero in " + at);
        }
        return x / y;
    }
}
