package org.livemig.strategy.lcc.syntax;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A parsed LCC interaction model: its clauses and role declarations, in source order. */
public record InteractionModel(String source, List<Clause> clauses, List<RoleDeclaration> declarations) {

    public InteractionModel {
        clauses = List.copyOf(clauses);
        declarations = List.copyOf(declarations);
    }

    /** Role names with a clause, in source order. */
    public Set<String> roles() {
        Set<String> roles = new LinkedHashSet<>();
        clauses.forEach(c -> roles.add(c.roleName()));
        return roles;
    }

    /** The clauses defining {@code role} (usually one). */
    public List<Clause> clausesOf(String role) {
        List<Clause> out = new ArrayList<>();
        for (Clause c : clauses) {
            if (c.roleName().equals(role)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The role every peer starts in: the one declared {@code initial}, else the first clause's. */
    public Optional<String> initialRole() {
        for (RoleDeclaration d : declarations) {
            if (d.kind() == RoleDeclaration.Kind.INITIAL) {
                return Optional.of(d.role());
            }
        }
        return clauses.isEmpty() ? Optional.empty() : Optional.of(clauses.get(0).roleName());
    }
}
