package org.livemig.strategy.lcc.runtime;

import java.util.List;
import org.livemig.strategy.lcc.syntax.Def;
import org.livemig.strategy.lcc.syntax.Goal;

/**
 * Takes one step of a role definition: LCC's rewrite rules for {@code =>}, {@code <=}, {@code null},
 * {@code then}, committed {@code or} and role changes. Constraints run through the registry.
 */
final class Reducer {

    /** What the reducer needs from the running peer: message passing and constraints. */
    interface Port {
        /** Sends {@code message} (resolved) to the agent of {@code send}; false when no partner is known yet. */
        boolean send(Def.Send send, Bindings bindings);

        /**
         * Consumes the first delivered message that matches {@code receive} and passes {@code guard} (which sees
         * the message's bindings and keeps them when it passes), binding its variables; false if none.
         */
        boolean receive(Def.Receive receive, Bindings bindings, java.util.function.BooleanSupplier guard);

        /** Solves one goal. */
        Constraint.Solution solve(Goal goal, Bindings bindings);
    }

    private final Port port;
    private final Bindings bindings;

    Reducer(Port port, Bindings bindings) {
        this.port = port;
        this.bindings = bindings;
    }

    Outcome reduce(Def def) {
        if (def instanceof Def.Then t) {
            return then(t);
        } else if (def instanceof Def.Or o) {
            return or(o);
        } else if (def instanceof Def.Null n) {
            return goals(n.constraints(), rest -> new Def.Null(rest, n.position()), null);
        } else if (def instanceof Def.Send s) {
            return send(s);
        } else if (def instanceof Def.Receive r) {
            return receive(r);
        }
        Def.RoleChange c = (Def.RoleChange) def;
        return c.constraints().isEmpty()
                ? new Outcome.Become(c.agent(), null)
                : goals(
                        c.constraints(),
                        rest -> new Def.RoleChange(c.agent(), rest, c.position()),
                        new Def.RoleChange(c.agent(), List.of(), c.position()));
    }

    private Outcome then(Def.Then t) {
        Outcome first = reduce(t.first());
        if (first instanceof Outcome.Progress p) {
            return new Outcome.Progress(p.rest() == null ? t.second() : then(p.rest(), t));
        } else if (first instanceof Outcome.Become b) {
            return new Outcome.Become(b.agent(), b.rest() == null ? t.second() : then(b.rest(), t));
        } else if (first instanceof Outcome.Suspend s) {
            return new Outcome.Suspend(s.start(), s.rest() == null ? t.second() : then(s.rest(), t));
        }
        return first;
    }

    private static Def then(Def rest, Def.Then t) {
        return new Def.Then(rest, t.second(), t.position());
    }

    /** Committed choice: the first branch that can take a step is taken, the others are dropped. */
    private Outcome or(Def.Or o) {
        int mark = bindings.mark();
        Outcome left = reduce(o.left());
        if (!(left instanceof Outcome.Blocked) && !(left instanceof Outcome.Failed)) {
            return left;
        }
        bindings.undo(mark);
        Outcome right = reduce(o.right());
        if (right instanceof Outcome.Failed && left instanceof Outcome.Blocked) {
            bindings.undo(mark);
            return left;
        }
        return right;
    }

    private Outcome send(Def.Send s) {
        if (!s.constraints().isEmpty()) {
            Outcome checked = goals(
                    s.constraints(),
                    rest -> new Def.Send(s.message(), s.to(), rest, s.position()),
                    new Def.Send(s.message(), s.to(), List.of(), s.position()));
            return checked;
        }
        if (!port.send(s, bindings)) {
            return new Outcome.Blocked("a peer in role " + s.to().roleName());
        }
        return new Outcome.Progress(null);
    }

    /**
     * A receive takes the first matching message whose constraints hold once it is bound (OpenKnowledge's
     * {@code C <- M <= A}, also written {@code M <= A <- C}); a message they reject stays for another branch.
     * A constraint that finishes later commits to the message and suspends with the remaining ones.
     */
    private Outcome receive(Def.Receive r) {
        Outcome[] later = {null};
        boolean got = port.receive(r, bindings, () -> {
            int mark = bindings.mark();
            List<Goal> goals = r.constraints();
            for (int i = 0; i < goals.size(); i++) {
                Constraint.Solution sol = port.solve(goals.get(i), bindings);
                if (sol instanceof Constraint.Fails) {
                    bindings.undo(mark);
                    return false;
                }
                if (sol instanceof Constraint.Later l) {
                    List<Goal> remaining = goals.subList(i + 1, goals.size());
                    later[0] = new Outcome.Suspend(
                            l.start(), remaining.isEmpty() ? null : new Def.Null(List.copyOf(remaining), r.position()));
                    return true;
                }
            }
            return true;
        });
        if (!got) {
            return new Outcome.Blocked(
                    bindings.resolve(r.message()) + " from " + r.from().roleName());
        }
        return later[0] != null ? later[0] : new Outcome.Progress(null);
    }

    /**
     * Solves {@code goals} in order. When all hold: {@code then} is reduced next (or the step is closed when
     * it is null). A goal that finishes later suspends with the remaining goals rebuilt by {@code rebuild}.
     */
    private Outcome goals(List<Goal> goals, java.util.function.Function<List<Goal>, Def> rebuild, Def then) {
        int mark = bindings.mark();
        for (int i = 0; i < goals.size(); i++) {
            Goal g = goals.get(i);
            Constraint.Solution sol = port.solve(g, bindings);
            if (sol instanceof Constraint.Fails) {
                bindings.undo(mark);
                return new Outcome.Failed(g.position() + ": " + bindings.resolve(g.term()) + " does not hold");
            }
            if (sol instanceof Constraint.Later later) {
                List<Goal> remaining = goals.subList(i + 1, goals.size());
                Def rest = remaining.isEmpty() ? then : rebuild.apply(List.copyOf(remaining));
                return new Outcome.Suspend(later.start(), rest);
            }
        }
        return then == null ? new Outcome.Progress(null) : reduce(then);
    }
}
