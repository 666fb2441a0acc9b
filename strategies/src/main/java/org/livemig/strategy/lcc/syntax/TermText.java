package org.livemig.strategy.lcc.syntax;

/** How terms are written back as LCC text (the parser reads this text back to an equal term). */
final class TermText {

    private TermText() {}

    static String of(Term.Struct s) {
        if (s.functor().equals(Term.CONS) && s.args().size() == 2) {
            return list(s);
        }
        int p = InfixOperators.precedence(s);
        if (p > 0 && s.args().size() == 2) {
            int left = p == 700 ? p - 1 : p; // + - * / are left-associative, comparisons are not associative
            return operand(s.args().get(0), left) + " " + s.functor() + " "
                    + operand(s.args().get(1), p - 1);
        }
        if (p > 0) {
            return "-" + operand(s.args().get(0), p);
        }
        StringBuilder sb = new StringBuilder(atom(s.functor())).append('(');
        for (int i = 0; i < s.args().size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(s.args().get(i));
        }
        return sb.append(')').toString();
    }

    /** An operand: in parentheses when its operator binds looser than {@code max} allows (Prolog's rule). */
    private static String operand(Term t, int max) {
        return InfixOperators.precedence(t) > max ? "(" + t + ")" : t.toString();
    }

    private static String list(Term.Struct cell) {
        StringBuilder sb = new StringBuilder("[");
        Term t = cell;
        boolean first = true;
        while (t instanceof Term.Struct c
                && c.functor().equals(Term.CONS)
                && c.args().size() == 2) {
            sb.append(first ? "" : ", ").append(c.args().get(0));
            first = false;
            t = c.args().get(1);
        }
        if (!t.equals(Term.NIL)) {
            sb.append(" | ").append(t);
        }
        return sb.append(']').toString();
    }

    static String atom(String name) {
        if (name.equals("[]") || name.matches("[a-z][A-Za-z0-9_]*")) {
            return name;
        }
        return quoted(name, '\'');
    }

    static String quoted(String text, char quote) {
        StringBuilder sb = new StringBuilder().append(quote);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c == quote) {
                        sb.append('\\');
                    }
                    sb.append(c);
                }
            }
        }
        return sb.append(quote).toString();
    }
}
