package org.livemig.strategy.lcc.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import org.livemig.strategy.lcc.syntax.Term;

/**
 * The constraints of the LCC language itself, as OpenKnowledge LCC and LiJ interpret them: unification and
 * comparison, arithmetic ({@code is}), negation as failure, and LiJ's peer discovery {@code _findPeers/2}.
 */
final class BuiltinConstraints {

    private BuiltinConstraints() {}

    static void registerAll(ConstraintRegistry r) {
        r.register("true", 0, "always holds", c -> new Constraint.Holds());
        r.register("fail", 0, "never holds", c -> new Constraint.Fails());
        r.register(
                "=",
                2,
                "X = Y: X and Y unify (binds their variables)",
                c -> Constraint.of(c.unify(c.args().get(0), c.args().get(1))));
        r.register(
                "==",
                2,
                "X == Y: X and Y are the same term now (numbers by value); binds nothing",
                c -> Constraint.of(c.args().get(0).equals(c.args().get(1))));
        Constraint differ =
                c -> Constraint.of(!c.unifiable(c.args().get(0), c.args().get(1)));
        r.register("\\=", 2, "X \\= Y: X and Y do not unify", differ);
        r.register("!=", 2, "X != Y (LiJ): as X \\= Y", differ);
        compare(r, "<", "less than", (x, y) -> Double.compare(x, y) < 0 ? 1 : 0);
        compare(r, ">", "greater than", (x, y) -> Double.compare(x, y) > 0 ? 1 : 0);
        compare(r, "=<", "at most", (x, y) -> Double.compare(x, y) <= 0 ? 1 : 0);
        compare(r, ">=", "at least", (x, y) -> Double.compare(x, y) >= 0 ? 1 : 0);
        compare(r, "=:=", "equal to", (x, y) -> Double.compare(x, y) == 0 ? 1 : 0);
        compare(r, "=\\=", "not equal to", (x, y) -> Double.compare(x, y) != 0 ? 1 : 0);
        r.register(
                "is",
                2,
                "Z is Expr: Z unifies with the value of Expr (numbers, + - * /, abs, min, max)",
                c -> Constraint.of(c.unify(
                        c.args().get(0),
                        new Term.Num(ArithmeticValue.of(c.args().get(1))))));
        r.register(
                "not",
                1,
                "not(C): C does not hold now (negation as failure; C must decide at once, binds " + "nothing)",
                BuiltinConstraints::not);
        r.register(
                "_findPeers",
                2,
                "_findPeers(Role, Ids) (LiJ): Ids is the list of the other peers that "
                        + "announced Role (any role when Role is unbound); holds when there is one",
                BuiltinConstraints::findPeers);
    }

    private static void compare(ConstraintRegistry r, String op, String words, DoubleBinaryOperator test) {
        r.register(
                op,
                2,
                "X " + op + " Y: the value of X is " + words + " the value of Y (arithmetic)",
                c -> Constraint.of(test.applyAsDouble(
                                ArithmeticValue.of(c.args().get(0)),
                                ArithmeticValue.of(c.args().get(1)))
                        != 0));
    }

    private static Constraint.Solution not(Constraint.Call c) {
        Constraint.Solution inner = c.solve(c.args().get(0));
        if (inner instanceof Constraint.Later) {
            throw new LccRuntimeException(
                    "not/1 needs a constraint that decides at once, " + c.args().get(0) + " finishes later");
        }
        return Constraint.of(inner instanceof Constraint.Fails);
    }

    private static Constraint.Solution findPeers(Constraint.Call c) {
        Term role = c.args().get(0);
        boolean any = role instanceof Term.Var || role.equals(new Term.Str(""));
        String name = any ? null : Term.functorOf(role);
        if (!any && name == null) {
            throw new LccRuntimeException("the role of _findPeers must be a role name, \"\" or unbound, got " + role);
        }
        List<Term> ids = new ArrayList<>();
        for (int id : c.peer().peersInRole(name)) {
            ids.add(new Term.Num(id));
        }
        return Constraint.of(!ids.isEmpty() && c.unify(c.args().get(1), Term.list(ids)));
    }
}
