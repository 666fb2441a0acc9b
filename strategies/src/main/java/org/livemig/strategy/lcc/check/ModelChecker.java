package org.livemig.strategy.lcc.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.livemig.strategy.lcc.syntax.AgentRef;
import org.livemig.strategy.lcc.syntax.Clause;
import org.livemig.strategy.lcc.syntax.Def;
import org.livemig.strategy.lcc.syntax.Goal;
import org.livemig.strategy.lcc.syntax.InteractionModel;
import org.livemig.strategy.lcc.syntax.RoleDeclaration;
import org.livemig.strategy.lcc.syntax.Term;

/**
 * Checks a parsed interaction model without running it: role changes and messages name roles that have a
 * clause; every message sent to a role is received by that role; a sent message has no variable that
 * cannot be bound before it is sent (bound by the clause head, an earlier receive or a constraint).
 */
public final class ModelChecker {

    private final InteractionModel model;
    private final RoleSummary summary;
    private final List<Problem> problems = new ArrayList<>();

    private ModelChecker(InteractionModel model) {
        this.model = model;
        this.summary = RoleSummary.of(model);
    }

    /** The problems of {@code model}, in source order; empty when it is fine. */
    public static List<Problem> check(InteractionModel model) {
        ModelChecker c = new ModelChecker(model);
        c.run();
        return List.copyOf(c.problems);
    }

    private void run() {
        if (model.clauses().isEmpty()) {
            problems.add(new Problem(
                    new org.livemig.strategy.lcc.syntax.Position(model.source(), 1, 1),
                    "the model defines no role (expected a clause a(Role, Id) :: ...)"));
        }
        for (RoleDeclaration d : model.declarations()) {
            if (model.clausesOf(d.role()).isEmpty()) {
                problems.add(new Problem(d.position(), "declared role '" + d.role() + "' has no clause"));
            }
        }
        for (Clause c : model.clauses()) {
            Set<String> bound = new HashSet<>();
            addVars(c.head().role(), bound);
            addVars(c.head().id(), bound);
            walk(c.body(), bound);
        }
    }

    /** Checks {@code def} given the variables bound before it; returns those bound after it. */
    private Set<String> walk(Def def, Set<String> before) {
        Set<String> bound = new HashSet<>(before);
        if (def instanceof Def.Then t) {
            return walk(t.second(), walk(t.first(), bound));
        } else if (def instanceof Def.Or o) {
            Set<String> left = walk(o.left(), bound);
            left.retainAll(walk(o.right(), bound));
            return left;
        } else if (def instanceof Def.Null n) {
            goals(n.constraints(), bound);
        } else if (def instanceof Def.RoleChange r) {
            goals(r.constraints(), bound);
            roleExists(r.agent(), "role change to");
        } else if (def instanceof Def.Send s) {
            goals(s.constraints(), bound);
            roleExists(s.to(), "message sent to");
            for (Term.Var v : Term.variables(s.message())) {
                if (!bound.contains(v.name()) && !v.name().startsWith("_")) {
                    problems.add(new Problem(
                            s.position(),
                            "variable " + v.name() + " in sent message " + s.message()
                                    + " is not bound before it is sent"));
                }
            }
            String key = RoleSummary.key(s.message());
            if (!model.clausesOf(s.to().roleName()).isEmpty()
                    && !summary.receives(s.to().roleName()).contains(key)) {
                problems.add(new Problem(
                        s.position(),
                        "message " + key + " is sent to role '" + s.to().roleName() + "', which never receives it"));
            }
            addVars(s.to().id(), bound);
        } else if (def instanceof Def.Receive r) {
            roleExists(r.from(), "message received from");
            addVars(r.message(), bound);
            addVars(r.from().id(), bound);
            goals(r.constraints(), bound);
        }
        return bound;
    }

    private void roleExists(AgentRef agent, String what) {
        if (model.clausesOf(agent.roleName()).isEmpty()) {
            problems.add(new Problem(
                    agent.position(),
                    what + " undefined role '" + agent.roleName() + "' (roles: " + String.join(", ", model.roles())
                            + ")"));
        }
    }

    private static void goals(List<Goal> goals, Set<String> bound) {
        for (Goal g : goals) {
            addVars(g.term(), bound);
        }
    }

    private static void addVars(Term t, Set<String> bound) {
        Term.variables(t).forEach(v -> bound.add(v.name()));
    }
}
