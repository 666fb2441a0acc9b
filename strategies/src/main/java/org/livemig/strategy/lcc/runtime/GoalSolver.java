package org.livemig.strategy.lcc.runtime;

import java.util.List;
import org.livemig.strategy.lcc.syntax.Goal;
import org.livemig.strategy.lcc.syntax.Term;

/** Solves the constraints of one peer's model: each goal by the registry's constraint, for that peer. */
final class GoalSolver {

    private final ConstraintRegistry registry;
    private final LccPeer peer;

    GoalSolver(ConstraintRegistry registry, LccPeer peer) {
        this.registry = registry;
        this.peer = peer;
    }

    /** Solves {@code goal} under {@code b}; an error names the goal's position and the goal as written. */
    Constraint.Solution solve(Goal goal, Bindings b) {
        try {
            return solveTerm(b.resolve(goal.term()), b);
        } catch (LccRuntimeException e) {
            throw new LccRuntimeException(
                    goal.position() + ": " + ClauseInstance.asWritten(goal.term() + ": " + e.getMessage()));
        }
    }

    private Constraint.Solution solveTerm(Term t, Bindings b) {
        Constraint c = registry.find(t)
                .orElseThrow(() -> new LccRuntimeException("unknown constraint " + Term.functorOf(t) + "/"
                        + Term.argsOf(t).size()));
        List<Term> args = Term.argsOf(t);
        return c.solve(new Constraint.Call() {
            @Override
            public List<Term> args() {
                return args;
            }

            @Override
            public boolean unify(Term x, Term y) {
                return b.unify(x, y);
            }

            @Override
            public boolean unifiable(Term x, Term y) {
                int mark = b.mark();
                boolean ok = b.unify(x, y);
                b.undo(mark);
                return ok;
            }

            @Override
            public Constraint.Solution solve(Term goal) {
                return solveTerm(b.resolve(goal), b);
            }

            @Override
            public LccPeer peer() {
                return peer;
            }
        });
    }
}
