package org.livemig.strategy.lcc.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Prolog-like LCC term: an atom, a number, a quoted string, a variable or a compound term. Lists are the
 * compound {@code '.'(Head, Tail)} ending in the atom {@code []}, as in Prolog.
 */
public sealed interface Term permits Term.Atom, Term.Num, Term.Str, Term.Var, Term.Struct {

    /** The empty list. */
    Atom NIL = new Atom("[]");

    /** The functor of list cells. */
    String CONS = ".";

    /** A constant that starts with a lower-case letter (or is quoted with {@code '...'}). */
    record Atom(String name) implements Term {
        @Override
        public String toString() {
            return TermText.atom(name);
        }
    }

    /** A number; integers and decimals are both doubles. */
    record Num(double value) implements Term {
        @Override
        public String toString() {
            return value == Math.rint(value) && Math.abs(value) < 1e15
                    ? Long.toString((long) value)
                    : String.format(Locale.ROOT, "%s", value);
        }
    }

    /** A double-quoted string. */
    record Str(String text) implements Term {
        @Override
        public String toString() {
            return TermText.quoted(text, '"');
        }
    }

    /** A variable (starts with an upper-case letter or {@code _}); local to the clause it appears in. */
    record Var(String name) implements Term {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A compound term {@code functor(args...)}; never has zero arguments (that is an {@link Atom}). */
    record Struct(String functor, List<Term> args) implements Term {
        public Struct {
            args = List.copyOf(args);
            if (args.isEmpty()) {
                throw new IllegalArgumentException("a compound term needs arguments: " + functor);
            }
        }

        @Override
        public String toString() {
            return TermText.of(this);
        }
    }

    /** {@code functor(args)}, or the atom {@code functor} when there are no arguments. */
    static Term of(String functor, List<Term> args) {
        return args.isEmpty() ? new Atom(functor) : new Struct(functor, args);
    }

    /** {@code functor(args)}, or the atom {@code functor} when there are no arguments. */
    static Term of(String functor, Term... args) {
        return of(functor, List.of(args));
    }

    /** The list of {@code items} ending in {@code tail}. */
    static Term list(List<Term> items, Term tail) {
        Term t = tail;
        for (int i = items.size() - 1; i >= 0; i--) {
            t = new Struct(CONS, List.of(items.get(i), t));
        }
        return t;
    }

    /** The proper list of {@code items}. */
    static Term list(List<Term> items) {
        return list(items, NIL);
    }

    /** The name of an atom or the functor of a compound term; null for numbers, strings and variables. */
    static String functorOf(Term t) {
        return t instanceof Atom a ? a.name() : t instanceof Struct s ? s.functor() : null;
    }

    /** Arguments of a compound term; none for anything else. */
    static List<Term> argsOf(Term t) {
        return t instanceof Struct s ? s.args() : List.of();
    }

    /** Every variable in {@code t}, in order of first appearance. */
    static List<Var> variables(Term t) {
        List<Var> out = new ArrayList<>();
        collect(t, out);
        return out;
    }

    private static void collect(Term t, List<Var> out) {
        if (t instanceof Var v) {
            if (!out.contains(v)) {
                out.add(v);
            }
        } else if (t instanceof Struct s) {
            for (Term a : s.args()) {
                collect(a, out);
            }
        }
    }
}
