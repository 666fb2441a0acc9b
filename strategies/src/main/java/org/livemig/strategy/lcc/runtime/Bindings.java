package org.livemig.strategy.lcc.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.livemig.strategy.lcc.syntax.Term;

/** Variable bindings of one clause instance, with a trail so a failed branch can be undone. */
public final class Bindings {

    private final Map<String, Term> values = new HashMap<>();
    private final List<String> trail = new ArrayList<>();

    /** The term {@code t} stands for at its top (variables followed, arguments left as they are). */
    public Term deref(Term t) {
        while (t instanceof Term.Var v && values.containsKey(v.name())) {
            t = values.get(v.name());
        }
        return t;
    }

    /** {@code t} with every bound variable replaced by its value, recursively. */
    public Term resolve(Term t) {
        Term d = deref(t);
        if (d instanceof Term.Struct s) {
            List<Term> args = new ArrayList<>(s.args().size());
            for (Term a : s.args()) {
                args.add(resolve(a));
            }
            return new Term.Struct(s.functor(), args);
        }
        return d;
    }

    /** Whether {@code t} still holds an unbound variable. */
    public boolean hasUnbound(Term t) {
        return !Term.variables(resolve(t)).isEmpty();
    }

    /** Unifies two terms (structure matching as in Prolog, without occurs check); false leaves no trace. */
    public boolean unify(Term a, Term b) {
        int mark = mark();
        if (unifyInner(a, b)) {
            return true;
        }
        undo(mark);
        return false;
    }

    private boolean unifyInner(Term a, Term b) {
        a = deref(a);
        b = deref(b);
        if (a.equals(b)) {
            return true;
        }
        if (a instanceof Term.Var v) {
            bind(v, b);
            return true;
        }
        if (b instanceof Term.Var v) {
            bind(v, a);
            return true;
        }
        if (a instanceof Term.Num x && b instanceof Term.Num y) {
            return x.value() == y.value();
        }
        if (a instanceof Term.Struct s
                && b instanceof Term.Struct t
                && s.functor().equals(t.functor())
                && s.args().size() == t.args().size()) {
            for (int i = 0; i < s.args().size(); i++) {
                if (!unifyInner(s.args().get(i), t.args().get(i))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private void bind(Term.Var v, Term value) {
        values.put(v.name(), value);
        trail.add(v.name());
    }

    /** A point to {@link #undo} back to. */
    public int mark() {
        return trail.size();
    }

    /** Forgets every binding made since {@code mark}. */
    public void undo(int mark) {
        while (trail.size() > mark) {
            values.remove(trail.remove(trail.size() - 1));
        }
    }

    /** Forgets every binding (a new clause instance starts). */
    public void clear() {
        values.clear();
        trail.clear();
    }
}
