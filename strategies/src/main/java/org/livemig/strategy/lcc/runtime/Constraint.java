package org.livemig.strategy.lcc.runtime;

import java.util.List;
import java.util.function.Consumer;
import org.livemig.strategy.lcc.syntax.Term;

/**
 * A constraint of an interaction model implemented in Java: the interface between the model and the peer's
 * state (seed 000 section 2). It holds, fails, or finishes later (a migration, a sleep).
 */
@FunctionalInterface
public interface Constraint {

    /** Solves one call; may bind the call's variables through {@link Call#unify}. */
    Solution solve(Call call);

    /** The outcome of solving a constraint. */
    sealed interface Solution permits Holds, Fails, Later {}

    /** The constraint holds now. */
    record Holds() implements Solution {}

    /** The constraint does not hold. */
    record Fails() implements Solution {}

    /** The constraint is decided later: {@code start} is run once and must call its argument once. */
    record Later(Consumer<Consumer<Boolean>> start) implements Solution {}

    /** The solution for {@code holds}. */
    static Solution of(boolean holds) {
        return holds ? new Holds() : new Fails();
    }

    /** One call of a constraint. */
    interface Call {

        /** The arguments, with the variables bound so far replaced by their values. */
        List<Term> args();

        /** Unifies {@code a} with {@code b}, binding variables of the clause. */
        boolean unify(Term a, Term b);

        /** Whether {@code a} and {@code b} unify; binds nothing. */
        boolean unifiable(Term a, Term b);

        /** Solves another goal (already resolved) with the same bindings, e.g. the argument of {@code not/1}. */
        Solution solve(Term goal);

        /** The peer the constraint runs on. */
        LccPeer peer();

        /** Argument {@code i} as a number; a clear error if it is not one. */
        default double number(int i) {
            Term t = args().get(i);
            if (t instanceof Term.Num n) {
                return n.value();
            }
            throw new LccRuntimeException("argument " + (i + 1) + " must be a number, got " + t);
        }
    }
}
