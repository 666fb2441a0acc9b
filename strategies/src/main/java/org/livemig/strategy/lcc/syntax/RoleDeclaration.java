package org.livemig.strategy.lcc.syntax;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code r(Role, Kind)}, {@code r(Role, Kind, Min)} or {@code r(Role, Kind, Min, Max)}: a role declaration of
 * OpenKnowledge LCC and LiJ. livemig uses {@code initial} (the role every peer starts in); the other kinds and the
 * peer counts are kept and checked (Min at most Max), not enforced: every PM is a peer of its own and takes roles
 * by itself, there is no subscription of peers to roles for counts to apply to.
 *
 * @param role     the role name
 * @param kind     what the role is for
 * @param min      at least this many peers take the role, or -1 when not given
 * @param max      at most this many, or -1 when not given
 * @param position where the declaration is
 */
public record RoleDeclaration(String role, Kind kind, int min, int max, Position position) {

    /** What a declared role is for (OpenKnowledge: initial, necessary, optional, auxiliary; LiJ adds the others). */
    public enum Kind {
        INITIAL,
        NECESSARY,
        OPTIONAL,
        AUXILIARY,
        CYCLIC,
        UNCOMMITTED;

        /** The kind spelled {@code name} in a model, or null. */
        static Kind named(String name) {
            for (Kind k : values()) {
                if (k.name().toLowerCase(Locale.ROOT).equals(name)) {
                    return k;
                }
            }
            return null;
        }

        /** The kinds as a model spells them, for error messages. */
        static String spelled() {
            String all = Arrays.stream(values())
                    .map(k -> "'" + k.name().toLowerCase(Locale.ROOT) + "'")
                    .collect(Collectors.joining(", "));
            int last = all.lastIndexOf(", ");
            return all.substring(0, last) + " or " + all.substring(last + 2);
        }
    }
}
