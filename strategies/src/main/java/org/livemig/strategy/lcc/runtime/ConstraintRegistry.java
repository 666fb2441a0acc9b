package org.livemig.strategy.lcc.runtime;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.livemig.strategy.lcc.syntax.Term;

/**
 * Constraints by {@code name/arity}. {@link #standard()} holds seed 000's constraints and a few general
 * ones; a user adds their own with {@link #register}.
 */
public final class ConstraintRegistry {

    private final Map<String, Constraint> constraints = new TreeMap<>();

    /** An empty registry holding only {@code =/2}, {@code ==/2}, {@code true/0} and {@code fail/0}. */
    public static ConstraintRegistry basic() {
        ConstraintRegistry r = new ConstraintRegistry();
        r.register("=", 2, c -> Constraint.of(c.unify(c.args().get(0), c.args().get(1))));
        r.register("==", 2, c -> Constraint.of(c.args().get(0).equals(c.args().get(1))));
        r.register("true", 0, c -> new Constraint.Holds());
        r.register("fail", 0, c -> new Constraint.Fails());
        return r;
    }

    /** The basic constraints and seed 000's, see {@link StandardConstraints}. */
    public static ConstraintRegistry standard() {
        ConstraintRegistry r = basic();
        StandardConstraints.registerAll(r);
        return r;
    }

    /** Adds or replaces the constraint {@code name/arity}; returns this. */
    public ConstraintRegistry register(String name, int arity, Constraint constraint) {
        constraints.put(name + "/" + arity, constraint);
        return this;
    }

    /** The constraint for {@code name/arity}. */
    public Optional<Constraint> find(String indicator) {
        return Optional.ofNullable(constraints.get(indicator));
    }

    /** The constraint a goal term calls. */
    public Optional<Constraint> find(Term goal) {
        return find(Term.functorOf(goal) + "/" + Term.argsOf(goal).size());
    }

    /** Every {@code name/arity} known. */
    public Set<String> indicators() {
        return constraints.keySet();
    }
}
