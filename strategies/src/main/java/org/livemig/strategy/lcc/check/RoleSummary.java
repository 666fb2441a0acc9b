package org.livemig.strategy.lcc.check;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.livemig.strategy.lcc.syntax.Clause;
import org.livemig.strategy.lcc.syntax.Def;
import org.livemig.strategy.lcc.syntax.InteractionModel;
import org.livemig.strategy.lcc.syntax.Term;

/** Which messages each role of a model sends (and to which role) and receives (and from which role). */
public final class RoleSummary {

    private final Map<String, Set<String>> sends = new LinkedHashMap<>();
    private final Map<String, Set<String>> receives = new LinkedHashMap<>();
    private final Map<String, Set<String>> sendsTo = new LinkedHashMap<>();
    private final Map<String, Set<String>> receivesFrom = new LinkedHashMap<>();

    private RoleSummary() {}

    /** The summary of {@code model}. */
    public static RoleSummary of(InteractionModel model) {
        RoleSummary s = new RoleSummary();
        for (Clause c : model.clauses()) {
            s.sends.computeIfAbsent(c.roleName(), r -> new LinkedHashSet<>());
            s.receives.computeIfAbsent(c.roleName(), r -> new LinkedHashSet<>());
            s.sendsTo.computeIfAbsent(c.roleName(), r -> new LinkedHashSet<>());
            s.receivesFrom.computeIfAbsent(c.roleName(), r -> new LinkedHashSet<>());
            s.collect(c.roleName(), c.body());
        }
        return s;
    }

    /** {@code name/arity} of a message term. */
    static String key(Term message) {
        String f = Term.functorOf(message);
        return (f == null ? String.valueOf(message) : f) + "/"
                + Term.argsOf(message).size();
    }

    private void collect(String role, Def def) {
        if (def instanceof Def.Then t) {
            collect(role, t.first());
            collect(role, t.second());
        } else if (def instanceof Def.Or o) {
            collect(role, o.left());
            collect(role, o.right());
        } else if (def instanceof Def.Send s) {
            sends.get(role).add(key(s.message()));
            sendsTo.get(role).add(key(s.message()) + " => " + s.to().roleName());
        } else if (def instanceof Def.Receive r) {
            receives.get(role).add(key(r.message()));
            receivesFrom.get(role).add(key(r.message()) + " <= " + r.from().roleName());
        }
    }

    /** Roles in source order. */
    public Set<String> roles() {
        return sends.keySet();
    }

    /** {@code name/arity} of the messages {@code role} receives. */
    public Set<String> receives(String role) {
        return receives.getOrDefault(role, Set.of());
    }

    /** {@code name/arity} of the messages {@code role} sends. */
    public Set<String> sends(String role) {
        return sends.getOrDefault(role, Set.of());
    }

    /** One line per role: {@code role: sends m/1 => r, ...; receives m/1 <= r, ...}. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (String role : roles()) {
            sb.append(role)
                    .append(": sends ")
                    .append(list(sendsTo.get(role)))
                    .append("; receives ")
                    .append(list(receivesFrom.get(role)))
                    .append('\n');
        }
        return sb.toString();
    }

    private static String list(Set<String> items) {
        return items.isEmpty() ? "nothing" : String.join(", ", items);
    }
}
