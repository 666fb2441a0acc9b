package org.livemig.strategy.lcc.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.livemig.strategy.lcc.check.Problem;
import org.livemig.strategy.lcc.syntax.Clause;
import org.livemig.strategy.lcc.syntax.Def;
import org.livemig.strategy.lcc.syntax.Goal;
import org.livemig.strategy.lcc.syntax.InteractionModel;
import org.livemig.strategy.lcc.syntax.Term;

/**
 * The constraints a model uses that a registry does not provide, each at its file:line:column with the nearest
 * provided name (edit distance, Levenshtein 1966). {@code lcc check} and {@code run} both refuse a model with one.
 */
public final class MissingConstraints {

    private MissingConstraints() {}

    /** One problem per goal of {@code model} (the arguments of {@code not/1} included) that {@code registry} lacks. */
    public static List<Problem> of(InteractionModel model, ConstraintRegistry registry) {
        List<Goal> goals = new ArrayList<>();
        for (Clause c : model.clauses()) {
            collect(c.body(), goals);
        }
        List<Problem> problems = new ArrayList<>();
        for (Goal g : goals) {
            missing(g.term(), g, registry, problems);
        }
        return problems;
    }

    private static void missing(Term t, Goal at, ConstraintRegistry registry, List<Problem> out) {
        String indicator = Term.functorOf(t) + "/" + Term.argsOf(t).size();
        if (registry.find(indicator).isEmpty()) {
            out.add(new Problem(at.position(), "unknown constraint " + indicator + nearest(indicator, registry)));
        } else if (indicator.equals("not/1")) {
            missing(Term.argsOf(t).get(0), at, registry, out);
        }
    }

    /** {@code " (nearest: name/arity)"}: the provided name closest in edit distance, the same arity first. */
    static String nearest(String indicator, ConstraintRegistry registry) {
        String name = indicator.substring(0, indicator.lastIndexOf('/'));
        String arity = indicator.substring(indicator.lastIndexOf('/'));
        String best = registry.indicators().stream()
                .filter(k -> Character.isLetter(k.charAt(0)) || k.charAt(0) == '_')
                .min(Comparator.comparingInt((String k) -> distance(name, k.substring(0, k.lastIndexOf('/'))))
                        .thenComparing(k -> k.endsWith(arity) ? 0 : 1))
                .orElse(null);
        return best == null ? "" : " (nearest: " + best + ")";
    }

    /** Levenshtein distance, letters compared without case. */
    static int distance(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        int[] prev = new int[y.length() + 1];
        int[] cur = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int sub = prev[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length()];
    }

    private static void collect(Def d, List<Goal> out) {
        if (d instanceof Def.Then t) {
            collect(t.first(), out);
            collect(t.second(), out);
        } else if (d instanceof Def.Or o) {
            collect(o.left(), out);
            collect(o.right(), out);
        } else if (d instanceof Def.Null n) {
            out.addAll(n.constraints());
        } else if (d instanceof Def.Send s) {
            out.addAll(s.constraints());
        } else if (d instanceof Def.Receive r) {
            out.addAll(r.constraints());
        } else if (d instanceof Def.RoleChange c) {
            out.addAll(c.constraints());
        }
    }
}
