package org.livemig.strategy.lcc.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits LCC text into tokens, skipping white space and comments: {@code //} and {@code %} to the end of the line,
 * {@code /* *}{@code /} blocks. Operators are matched longest first ({@code =<} before {@code =}, {@code <-} and
 * {@code <=} before {@code <}), so {@code X<-1} is the arrow, not {@code X < -1}: write spaces.
 */
final class Lexer {

    private static final String[] PUNCTUATION = {
        "=:=", "=\\=", "::", "=>", "<=", "<-", "==", "=<", ">=", "\\=", "!=", "=", "<", ">", "+", "*", "/", "(", ")",
        "[", "]", ",", "|", "."
    };

    private final String file;
    private final String text;
    private int pos;
    private int line = 1;
    private int col = 1;

    Lexer(String file, String text) {
        this.file = file;
        this.text = text;
    }

    List<Token> tokens() throws LccSyntaxException {
        List<Token> out = new ArrayList<>();
        while (true) {
            skipSpaceAndComments();
            Position at = here();
            if (pos >= text.length()) {
                out.add(new Token(Token.Kind.EOF, "", false, at));
                return out;
            }
            out.add(next(at));
        }
    }

    private Token next(Position at) throws LccSyntaxException {
        char c = text.charAt(pos);
        if (Character.isLetter(c) || c == '_') {
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                advance();
            }
            String word = text.substring(start, pos);
            boolean variable = Character.isUpperCase(c) || c == '_';
            return new Token(variable ? Token.Kind.VAR : Token.Kind.ATOM, word, false, at);
        }
        if (Character.isDigit(c)) {
            return number(at);
        }
        if (c == '"' || c == '\'') {
            String body = quoted(c, at);
            return new Token(c == '"' ? Token.Kind.STR : Token.Kind.ATOM, body, true, at);
        }
        for (String p : PUNCTUATION) {
            if (text.startsWith(p, pos)) {
                for (int i = 0; i < p.length(); i++) {
                    advance();
                }
                return new Token(Token.Kind.PUNCT, p, false, at);
            }
        }
        if (c == '-') {
            advance();
            return new Token(Token.Kind.PUNCT, "-", false, at);
        }
        throw new LccSyntaxException(at, "unexpected character '" + c + "'");
    }

    private Token number(Position at) {
        int start = pos;
        digits();
        if (pos + 1 < text.length() && text.charAt(pos) == '.' && Character.isDigit(text.charAt(pos + 1))) {
            advance();
            digits();
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int save = pos;
            int saveCol = col;
            advance();
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                advance();
            }
            if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                digits();
            } else {
                pos = save;
                col = saveCol;
            }
        }
        return new Token(Token.Kind.NUM, text.substring(start, pos), false, at);
    }

    private void digits() {
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            advance();
        }
    }

    private String quoted(char quote, Position at) throws LccSyntaxException {
        advance();
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length() || text.charAt(pos) == '\n') {
                throw new LccSyntaxException(at, "unterminated quoted " + (quote == '"' ? "string" : "atom"));
            }
            char c = text.charAt(pos);
            advance();
            if (c == quote) {
                return sb.toString();
            }
            if (c == '\\' && pos < text.length()) {
                char e = text.charAt(pos);
                advance();
                sb.append(
                        switch (e) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            default -> e;
                        });
            } else {
                sb.append(c);
            }
        }
    }

    private void skipSpaceAndComments() throws LccSyntaxException {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                advance();
            } else if (text.startsWith("//", pos) || c == '%') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    advance();
                }
            } else if (text.startsWith("/*", pos)) {
                Position start = here();
                advance();
                advance();
                while (!text.startsWith("*/", pos)) {
                    if (pos >= text.length()) {
                        throw new LccSyntaxException(start, "unterminated comment /* */");
                    }
                    advance();
                }
                advance();
                advance();
            } else {
                return;
            }
        }
    }

    private void advance() {
        if (text.charAt(pos) == '\n') {
            line++;
            col = 1;
        } else {
            col++;
        }
        pos++;
    }

    private Position here() {
        return new Position(file, line, col);
    }
}
