package org.livemig.strategy.lcc.syntax;

/** A token of LCC text. */
record Token(Kind kind, String text, boolean quoted, Position position) {

    enum Kind {
        ATOM,
        VAR,
        NUM,
        STR,
        PUNCT,
        EOF
    }

    boolean is(String punctOrKeyword) {
        return (kind == Kind.PUNCT || (kind == Kind.ATOM && !quoted)) && text.equals(punctOrKeyword);
    }

    /** How the token is named in an error message. */
    String describe() {
        return switch (kind) {
            case EOF -> "end of file";
            case STR -> "string \"" + text + "\"";
            case NUM -> "number " + text;
            case VAR -> "variable " + text;
            case ATOM -> quoted ? "'" + text + "'" : (isKeyword() ? "keyword '" + text + "'" : "'" + text + "'");
            case PUNCT -> "'" + text + "'";
        };
    }

    boolean isKeyword() {
        return kind == Kind.ATOM && !quoted && (text.equals("then") || text.equals("or") || text.equals("and"));
    }
}
