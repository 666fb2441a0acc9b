package org.livemig.strategy.lcc.syntax;

import java.util.List;

/**
 * The definition of a role (LCC's process terms). {@code then} binds tighter than {@code or}, and the
 * constraint arrow {@code <-} binds tighter than {@code then}.
 */
public sealed interface Def permits Def.Send, Def.Receive, Def.Null, Def.RoleChange, Def.Then, Def.Or {

    /** Where this definition starts. */
    Position position();

    /** {@code M => a(Role, Id) <- C}: send M to that agent once the constraints hold. */
    record Send(Term message, AgentRef to, List<Goal> constraints, Position position) implements Def {}

    /** {@code M <= a(Role, Id) <- C}: receive a message matching M from that agent; then C must hold. */
    record Receive(Term message, AgentRef from, List<Goal> constraints, Position position) implements Def {}

    /** {@code null <- C}: do nothing but satisfy the constraints. */
    record Null(List<Goal> constraints, Position position) implements Def {}

    /** {@code a(Role, Id) <- C}: continue as that role (recursion when it is the same role). */
    record RoleChange(AgentRef agent, List<Goal> constraints, Position position) implements Def {}

    /** {@code First then Second}. */
    record Then(Def first, Def second, Position position) implements Def {}

    /** {@code Left or Right}: committed choice, the first branch that can start is taken. */
    record Or(Def left, Def right, Position position) implements Def {}
}
