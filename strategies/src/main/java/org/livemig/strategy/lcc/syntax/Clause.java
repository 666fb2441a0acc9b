package org.livemig.strategy.lcc.syntax;

/** {@code a(Role, Id) :: Def}: how an agent in that role behaves. */
public record Clause(AgentRef head, Def body, Position position) {

    /** The role this clause defines. */
    public String roleName() {
        return head.roleName();
    }
}
