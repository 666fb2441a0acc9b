package org.livemig.strategy.lcc.syntax;

import java.util.List;

/**
 * {@code a(Role, Id)}: an agent in a role. The role is an atom or a compound term whose arguments are the
 * role's parameters, e.g. {@code a(overloaded(Need), ID1)}.
 */
public record AgentRef(Term role, Term id, Position position) {

    /** The role's name, e.g. {@code overloaded}. */
    public String roleName() {
        return Term.functorOf(role);
    }

    /** The role's arguments (parameters in a clause head, values in a role change). */
    public List<Term> roleArgs() {
        return Term.argsOf(role);
    }

    @Override
    public String toString() {
        return "a(" + role + ", " + id + ")";
    }
}
