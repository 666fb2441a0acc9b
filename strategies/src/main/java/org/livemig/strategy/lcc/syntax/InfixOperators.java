package org.livemig.strategy.lcc.syntax;

import java.util.List;
import java.util.Set;

/**
 * The infix operators of LCC constraints and terms (OpenKnowledge LCC and LiJ, written as in Prolog): comparisons
 * and {@code is} between two expressions in a constraint, {@code + - * /} inside terms.
 */
public final class InfixOperators {

    /** Comparisons and {@code is}: a constraint {@code Left op Right}; never nested. */
    public static final List<String> CONSTRAINT =
            List.of("=", "==", "\\=", "!=", "<", ">", "=<", ">=", "=:=", "=\\=", "is");

    /** Additive operators (bind looser than the multiplicative ones, left-associative). */
    static final Set<String> ADDITIVE = Set.of("+", "-");

    /** Multiplicative operators. */
    static final Set<String> MULTIPLICATIVE = Set.of("*", "/");

    private InfixOperators() {}

    /**
     * How loosely {@code t}'s operator binds, as in Prolog: 700 for a comparison or {@code is}, 500 for
     * {@code + -}, 400 for {@code * /}, 200 for unary minus; 0 when {@code t} is not an operator term.
     */
    static int precedence(Term t) {
        if (!(t instanceof Term.Struct s)) {
            return 0;
        }
        if (s.args().size() == 1) {
            return s.functor().equals("-") ? 200 : 0;
        }
        if (s.args().size() != 2) {
            return 0;
        }
        return CONSTRAINT.contains(s.functor())
                ? 700
                : ADDITIVE.contains(s.functor()) ? 500 : MULTIPLICATIVE.contains(s.functor()) ? 400 : 0;
    }
}
