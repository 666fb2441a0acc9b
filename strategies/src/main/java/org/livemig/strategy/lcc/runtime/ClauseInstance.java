package org.livemig.strategy.lcc.runtime;

import java.util.ArrayList;
import java.util.List;
import org.livemig.strategy.lcc.syntax.AgentRef;
import org.livemig.strategy.lcc.syntax.Clause;
import org.livemig.strategy.lcc.syntax.Def;
import org.livemig.strategy.lcc.syntax.Goal;
import org.livemig.strategy.lcc.syntax.Term;

/** A clause with its variables renamed apart ({@code X} becomes {@code X_n}): variables are local to a clause. */
final class ClauseInstance {

    private final String suffix;

    private ClauseInstance(long n) {
        this.suffix = "_" + n;
    }

    /** {@code text} with the variables of a clause instance named as in the model ({@code X_3} back to {@code X}). */
    static String asWritten(String text) {
        return text.replaceAll("\\b([A-Z_][A-Za-z0-9_]*?)_[0-9]+\\b", "$1");
    }

    /** The head and body of {@code clause} with fresh variables for instance {@code n}. */
    static Clause of(Clause clause, long n) {
        ClauseInstance r = new ClauseInstance(n);
        return new Clause(r.agent(clause.head()), r.def(clause.body()), clause.position());
    }

    private Def def(Def d) {
        if (d instanceof Def.Then t) {
            return new Def.Then(def(t.first()), def(t.second()), t.position());
        } else if (d instanceof Def.Or o) {
            return new Def.Or(def(o.left()), def(o.right()), o.position());
        } else if (d instanceof Def.Null n) {
            return new Def.Null(goals(n.constraints()), n.position());
        } else if (d instanceof Def.Send s) {
            return new Def.Send(term(s.message()), agent(s.to()), goals(s.constraints()), s.position());
        } else if (d instanceof Def.Receive r) {
            return new Def.Receive(term(r.message()), agent(r.from()), goals(r.constraints()), r.position());
        }
        Def.RoleChange c = (Def.RoleChange) d;
        return new Def.RoleChange(agent(c.agent()), goals(c.constraints()), c.position());
    }

    private AgentRef agent(AgentRef a) {
        return new AgentRef(term(a.role()), term(a.id()), a.position());
    }

    private List<Goal> goals(List<Goal> goals) {
        List<Goal> out = new ArrayList<>(goals.size());
        for (Goal g : goals) {
            out.add(new Goal(term(g.term()), g.position()));
        }
        return out;
    }

    private Term term(Term t) {
        if (t instanceof Term.Var v) {
            return new Term.Var(v.name() + suffix);
        }
        if (t instanceof Term.Struct s) {
            List<Term> args = new ArrayList<>(s.args().size());
            for (Term a : s.args()) {
                args.add(term(a));
            }
            return new Term.Struct(s.functor(), args);
        }
        return t;
    }
}
