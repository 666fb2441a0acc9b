package org.livemig.strategy.lcc.syntax;

/**
 * {@code r(Role, Kind[, N])}: a role declaration of wider LCC (OpenKnowledge).
 *
 * @param role     the role name
 * @param kind     {@code initial}, {@code necessary} or {@code auxiliary}
 * @param count    how many peers take the role, or -1 when not given
 * @param position where the declaration is
 */
public record RoleDeclaration(String role, Kind kind, int count, Position position) {

    /** What a declared role is for. */
    public enum Kind { INITIAL, NECESSARY, AUXILIARY }
}
