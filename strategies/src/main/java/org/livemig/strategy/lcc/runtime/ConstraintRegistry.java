package org.livemig.strategy.lcc.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.livemig.strategy.lcc.syntax.Term;

/**
 * Constraints by {@code name/arity}, each with a one-line meaning. {@link #standard()} holds the language's
 * built-ins and seed 000's constraints (what a livemig peer provides); a user adds their own with {@link #register}.
 */
public final class ConstraintRegistry {

    /** One provided constraint: {@code name/arity}, what it means, and its implementation. */
    public record Provided(String indicator, String meaning, Constraint constraint) {}

    private final Map<String, Provided> constraints = new TreeMap<>();

    /** A registry of the language's built-ins only: comparisons, arithmetic, {@code not/1}, {@code _findPeers/2}. */
    public static ConstraintRegistry basic() {
        ConstraintRegistry r = new ConstraintRegistry();
        BuiltinConstraints.registerAll(r);
        return r;
    }

    /** The built-ins and seed 000's constraints, see {@link StandardConstraints}: what a livemig peer provides. */
    public static ConstraintRegistry standard() {
        ConstraintRegistry r = basic();
        StandardConstraints.registerAll(r);
        return r;
    }

    /** Adds or replaces the constraint {@code name/arity} with what it means; returns this. */
    public ConstraintRegistry register(String name, int arity, String meaning, Constraint constraint) {
        String indicator = name + "/" + arity;
        constraints.put(indicator, new Provided(indicator, meaning, constraint));
        return this;
    }

    /** Adds or replaces the constraint {@code name/arity} (meaning: "user constraint"); returns this. */
    public ConstraintRegistry register(String name, int arity, Constraint constraint) {
        return register(name, arity, "user constraint", constraint);
    }

    /** The constraint for {@code name/arity}. */
    public Optional<Constraint> find(String indicator) {
        return Optional.ofNullable(constraints.get(indicator)).map(Provided::constraint);
    }

    /** The constraint a goal term calls. */
    public Optional<Constraint> find(Term goal) {
        return find(Term.functorOf(goal) + "/" + Term.argsOf(goal).size());
    }

    /** Every {@code name/arity} known, sorted. */
    public Set<String> indicators() {
        return constraints.keySet();
    }

    /** Every constraint with its meaning, sorted by {@code name/arity}. */
    public List<Provided> provided() {
        return new ArrayList<>(constraints.values());
    }
}
