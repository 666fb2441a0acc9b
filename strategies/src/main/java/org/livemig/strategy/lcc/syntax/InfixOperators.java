package org.livemig.strategy.lcc.syntax;

import java.util.List;
import java.util.Set;

/**
 * The infix operators of LCC constraints and terms (OpenKnowledge LCC and LiJ, written as in Prolog): comparisons
 * and {@code is} between two expressions in a constraint, {@code + - * /} inside terms.
 */
public final class InfixOperators {

    /** Comparisons and {@code is}: a constraint {@code Left op Right}; never nested. */
    public static final List<String> CONSTRAINT = List.of("=", "==", "\\=", "!=", "<", ">", "=<", ">=", "=:=",
            "=\\=", "is");

    /** Additive operators (bind looser than the multiplicative ones, left-associative). */
    static final Set<String> ADDITIVE = Set.of("+", "-");

    /** Multiplicative operators. */
    static final Set<String> MULTIPLICATIVE = Set.of("*", "/");

    private InfixOperators() {
    }

    /** Whether {@code functor/2} is written infix. */
    static boolean infix(String functor) {
        return CONSTRAINT.contains(functor) || ADDITIVE.contains(functor) || MULTIPLICATIVE.contains(functor);
    }
}
