package org.livemig.strategy.lcc.syntax;

import java.util.List;

/** The parser's place in a token list: look ahead, take the next token, expect punctuation or the end. */
final class TokenCursor {

    private final List<Token> tokens;
    private int index;

    /** A cursor at the first of {@code tokens}, which end with an EOF token. */
    TokenCursor(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Takes {@code punct} or fails naming what was found. */
    void expect(String punct) throws LccSyntaxException {
        if (!peek().is(punct)) {
            throw error(peek(), "'" + punct + "'");
        }
        next();
    }

    /** Fails unless every token has been taken. */
    void expectEnd() throws LccSyntaxException {
        if (peek().kind() != Token.Kind.EOF) {
            throw error(peek(), "end of term");
        }
    }

    /** The one-line error {@code file:line:column: expected X, found Y}. */
    LccSyntaxException error(Token found, String expected) {
        return new LccSyntaxException(found.position(), "expected " + expected + ", found " + found.describe());
    }

    /** The next token, not taken. */
    Token peek() {
        return tokens.get(index);
    }

    /** The token {@code ahead} places on (the EOF token past the end), not taken. */
    Token peekAt(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    /** Takes the next token (the EOF token stays). */
    Token next() {
        Token t = tokens.get(index);
        if (index < tokens.size() - 1) {
            index++;
        }
        return t;
    }
}
