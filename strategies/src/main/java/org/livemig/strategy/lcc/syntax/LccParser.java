package org.livemig.strategy.lcc.syntax;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser of LCC interaction models: seed 000 section 2, the LCC of the OpenKnowledge
 * documentation ("Using LCC": {@code C <- M <= A} for a constraint on a received message) and of LiJ (comparisons,
 * {@code _builtin(...)} constraints, role kinds). strategies/README.md says what is and is not supported.
 * <pre>
 * model      := (clause | declaration) * EOF
 * clause     := agent '::' def ['.']
 * declaration:= 'r' '(' term ',' kind [',' Min [',' Max]] ')' ['.']
 *               kind := initial | necessary | optional | auxiliary | cyclic | uncommitted
 * def        := seq ('or' seq)*                      -- or binds loosest
 * seq        := guarded ('then' guarded)*
 * guarded    := '(' def ')' | term '=>' agent ['&lt;-' goals] | term '&lt;=' agent ['&lt;-' goals]
 *             | goals '&lt;-' term '&lt;=' agent | 'null' ['&lt;-' goals] | agent ['&lt;-' goals]
 * goals      := goal ('and' goal)*
 * goal       := term | _name | expr op expr
 * op         := '=' | '==' | '\=' | '!=' | '&lt;' | '&gt;' | '=&lt;' | '&gt;=' | '=:=' | '=\=' | 'is'
 * expr       := mul (('+' | '-') mul)*;   mul := unary (('*' | '/') unary)*;   unary := '-' unary | primary
 * primary    := Var | _name '(' args ')' | number | "string" | atom ['(' args ')'] | '(' goal ')'
 *             | '[' [args ['|' term]] ']'
 * args       := goal (',' goal)*
 * </pre>
 * Each {@code _} is a fresh variable. {@code par} (LiJ's parallel composition) is refused with its reason.
 */
public final class LccParser {

    private final TokenCursor in;
    private final String file;
    private int anonymous;

    private LccParser(String file, List<Token> tokens) {
        this.file = file;
        this.in = new TokenCursor(tokens);
    }

    /** Parses {@code text}; {@code file} names it in positions and errors. */
    public static InteractionModel parse(String file, String text) throws LccSyntaxException {
        return new LccParser(file, new Lexer(file, text).tokens()).model();
    }

    /** Reads and parses a file; errors name it as given. */
    public static InteractionModel parse(Path path) throws IOException, LccSyntaxException {
        return parse(path.toString(), Files.readString(path));
    }

    /** Parses one term, e.g. the content of an LCC message; the whole text must be the term. */
    public static Term parseTerm(String text) throws LccSyntaxException {
        LccParser p = new LccParser("term", new Lexer("term", text).tokens());
        Term t = p.goalTerm();
        p.in.expectEnd();
        return t;
    }

    private InteractionModel model() throws LccSyntaxException {
        List<Clause> clauses = new ArrayList<>();
        List<RoleDeclaration> declarations = new ArrayList<>();
        while (in.peek().kind() != Token.Kind.EOF) {
            Token t = in.peek();
            if (t.kind() == Token.Kind.ATOM
                    && t.text().equals("r")
                    && in.peekAt(1).is("(")) {
                declarations.add(declaration());
            } else if (t.kind() == Token.Kind.ATOM
                    && t.text().equals("a")
                    && in.peekAt(1).is("(")) {
                clauses.add(clause());
            } else {
                throw in.error(t, "a clause 'a(Role, Id) :: ...' or a role declaration 'r(Role, Kind)'");
            }
            if (in.peek().is(".")) {
                in.next();
            }
        }
        return new InteractionModel(file, clauses, declarations);
    }

    private Clause clause() throws LccSyntaxException {
        Token start = in.peek();
        AgentRef head = agent(term(), start);
        if (!in.peek().is("::")) {
            throw in.error(in.peek(), "'::' after clause head " + head);
        }
        in.next();
        return new Clause(head, def(), start.position());
    }

    private RoleDeclaration declaration() throws LccSyntaxException {
        Token start = in.next();
        in.expect("(");
        Token roleToken = in.peek();
        Term role = term();
        String name = Term.functorOf(role);
        if (name == null) {
            throw in.error(roleToken, "a role name");
        }
        in.expect(",");
        Token kindToken = in.next();
        RoleDeclaration.Kind kind =
                RoleDeclaration.Kind.named(kindToken.kind() == Token.Kind.ATOM ? kindToken.text() : "");
        if (kind == null) {
            throw in.error(kindToken, "role kind " + RoleDeclaration.Kind.spelled());
        }
        int min = -1;
        int max = -1;
        if (in.peek().is(",")) {
            in.next();
            min = wholeNumber();
            if (in.peek().is(",")) {
                in.next();
                max = wholeNumber();
                if (max < min) {
                    throw new LccSyntaxException(
                            start.position(),
                            "role " + name + ": at most " + max + " peers is fewer than at least " + min);
                }
            }
        }
        in.expect(")");
        return new RoleDeclaration(name, kind, min, max, start.position());
    }

    private int wholeNumber() throws LccSyntaxException {
        Token n = in.next();
        if (n.kind() != Token.Kind.NUM || !n.text().matches("\\d+")) {
            throw in.error(n, "a whole number of peers");
        }
        return Integer.parseInt(n.text());
    }

    private Def def() throws LccSyntaxException {
        Def left = seq();
        if (in.peek().is("par")) {
            throw new LccSyntaxException(
                    in.peek().position(),
                    "parallel composition 'par' is not supported: a livemig "
                            + "peer runs one role definition at a time (see strategies/README.md)");
        }
        if (in.peek().is("or")) {
            Token or = in.next();
            return new Def.Or(left, def(), or.position());
        }
        return left;
    }

    private Def seq() throws LccSyntaxException {
        Def first = guarded();
        if (in.peek().is("then")) {
            Token then = in.next();
            return new Def.Then(first, seq(), then.position());
        }
        return first;
    }

    private Def guarded() throws LccSyntaxException {
        Token start = in.peek();
        if (start.is("(")) {
            in.next();
            Def inner = def();
            if (!in.peek().is(")")) {
                throw in.error(in.peek(), "')' or 'then' or 'or'");
            }
            in.next();
            return inner;
        }
        if (start.kind() == Token.Kind.EOF || start.isKeyword() || start.kind() == Token.Kind.PUNCT) {
            throw in.error(start, "a message, 'null', a role 'a(Role, Id)' or '('");
        }
        Term t = goalTerm();
        Token op = in.peek();
        if (op.is("=>") || op.is("<=")) {
            in.next();
            Token agentStart = in.peek();
            AgentRef agent = agent(term(), agentStart);
            List<Goal> goals = optionalGoals();
            return op.is("=>")
                    ? new Def.Send(t, agent, goals, start.position())
                    : new Def.Receive(t, agent, goals, start.position());
        }
        if (t.equals(new Term.Atom("null")) && !start.quoted()) {
            return new Def.Null(optionalGoals(), start.position());
        }
        if (isAgent(t)) {
            AgentRef agent = agent(t, start);
            return new Def.RoleChange(agent, optionalGoals(), start.position());
        }
        if (op.is("<-") || op.is("and")) {
            return constrainedReceive(new Goal(t, start.position()), start);
        }
        throw in.error(op, "'=>' or '<=' after message " + t);
    }

    /** OpenKnowledge's {@code C <- M <= A}: receive M from A, then C must hold; {@code first} is C's first goal. */
    private Def constrainedReceive(Goal first, Token start) throws LccSyntaxException {
        requireConstraint(first.term(), start);
        List<Goal> goals = new ArrayList<>(List.of(first));
        while (in.peek().is("and")) {
            in.next();
            goals.add(goal());
        }
        in.expect("<-");
        Token messageStart = in.peek();
        Term message = term();
        if (!in.peek().is("<=")) {
            throw in.error(
                    in.peek(), "'<=' after " + message + " (a constraint before '<-' guards a received message)");
        }
        in.next();
        Token agentStart = in.peek();
        AgentRef from = agent(term(), agentStart);
        return new Def.Receive(message, from, goals, messageStart.position());
    }

    private List<Goal> optionalGoals() throws LccSyntaxException {
        List<Goal> goals = new ArrayList<>();
        if (!in.peek().is("<-")) {
            return goals;
        }
        in.next();
        goals.add(goal());
        while (in.peek().is("and")) {
            in.next();
            goals.add(goal());
        }
        return goals;
    }

    private Goal goal() throws LccSyntaxException {
        Token start = in.peek();
        if (start.kind() == Token.Kind.EOF
                || start.isKeyword()
                || start.kind() == Token.Kind.PUNCT && !start.is("[") && !start.is("-") && !start.is("(")) {
            throw in.error(start, "a constraint");
        }
        if (isBuiltinName(start) && !in.peekAt(1).is("(") && !isConstraintOperator(in.peekAt(1))) {
            in.next();
            return new Goal(new Term.Atom(start.text()), start.position());
        }
        Term t = goalTerm();
        requireConstraint(t, start);
        return new Goal(t, start.position());
    }

    private void requireConstraint(Term t, Token start) throws LccSyntaxException {
        if (Term.functorOf(t) == null) {
            throw in.error(start, "a constraint (a name or a term), not " + t);
        }
    }

    /** A term, or two expressions joined by a comparison or {@code is}. */
    private Term goalTerm() throws LccSyntaxException {
        Term left = expression();
        if (isConstraintOperator(in.peek())) {
            String op = in.next().text();
            return new Term.Struct(op, List.of(left, expression()));
        }
        return left;
    }

    private static boolean isConstraintOperator(Token t) {
        return !t.quoted()
                && (t.kind() == Token.Kind.PUNCT || t.kind() == Token.Kind.ATOM)
                && InfixOperators.CONSTRAINT.contains(t.text());
    }

    /** {@code _name}: a built-in constraint of LiJ and OpenKnowledge (a variable elsewhere). */
    private static boolean isBuiltinName(Token t) {
        return t.kind() == Token.Kind.VAR
                && t.text().startsWith("_")
                && t.text().length() > 1;
    }

    private Term expression() throws LccSyntaxException {
        Term left = product();
        while (in.peek().kind() == Token.Kind.PUNCT
                && InfixOperators.ADDITIVE.contains(in.peek().text())) {
            String op = in.next().text();
            left = new Term.Struct(op, List.of(left, product()));
        }
        return left;
    }

    private Term product() throws LccSyntaxException {
        Term left = unary();
        while (in.peek().kind() == Token.Kind.PUNCT
                && InfixOperators.MULTIPLICATIVE.contains(in.peek().text())) {
            String op = in.next().text();
            left = new Term.Struct(op, List.of(left, unary()));
        }
        return left;
    }

    private Term unary() throws LccSyntaxException {
        if (in.peek().is("-")) {
            in.next();
            if (in.peek().kind() == Token.Kind.NUM) {
                return new Term.Num(-Double.parseDouble(in.next().text()));
            }
            return new Term.Struct("-", List.of(unary()));
        }
        return term();
    }

    private static boolean isAgent(Term t) {
        return t instanceof Term.Struct s && s.functor().equals("a") && s.args().size() == 2;
    }

    private AgentRef agent(Term t, Token start) throws LccSyntaxException {
        if (!isAgent(t)) {
            throw in.error(start, "an agent 'a(Role, Id)'");
        }
        Term role = ((Term.Struct) t).args().get(0);
        if (Term.functorOf(role) == null) {
            throw new LccSyntaxException(start.position(), "expected a role name in " + t + ", found " + role);
        }
        return new AgentRef(role, ((Term.Struct) t).args().get(1), start.position());
    }

    private Term term() throws LccSyntaxException {
        Token t = in.next();
        switch (t.kind()) {
            case VAR:
                if (isBuiltinName(t) && in.peek().is("(")) {
                    return compound(t);
                }
                return new Term.Var(t.text().equals("_") ? "_" + ++anonymous : t.text());
            case NUM:
                return new Term.Num(Double.parseDouble(t.text()));
            case STR:
                return new Term.Str(t.text());
            case ATOM:
                if (t.isKeyword()) {
                    throw in.error(t, "a term");
                }
                return in.peek().is("(") ? compound(t) : new Term.Atom(t.text());
            case PUNCT:
                if (t.is("[")) {
                    return listRest();
                }
                if (t.is("(")) {
                    Term inner = goalTerm();
                    in.expect(")");
                    return inner;
                }
                if (t.is("-") && in.peek().kind() == Token.Kind.NUM) {
                    return new Term.Num(-Double.parseDouble(in.next().text()));
                }
                throw in.error(t, "a term");
            default:
                throw in.error(t, "a term");
        }
    }

    private Term compound(Token name) throws LccSyntaxException {
        in.next();
        List<Term> args = new ArrayList<>();
        if (!in.peek().is(")")) {
            args.add(goalTerm());
            while (in.peek().is(",")) {
                in.next();
                args.add(goalTerm());
            }
        }
        if (!in.peek().is(")")) {
            throw in.error(in.peek(), "',' or ')' in the arguments of " + name.text());
        }
        in.next();
        return Term.of(name.text(), args);
    }

    private Term listRest() throws LccSyntaxException {
        List<Term> items = new ArrayList<>();
        if (in.peek().is("]")) {
            in.next();
            return Term.NIL;
        }
        items.add(goalTerm());
        while (in.peek().is(",")) {
            in.next();
            items.add(goalTerm());
        }
        Term tail = Term.NIL;
        if (in.peek().is("|")) {
            in.next();
            tail = term();
        }
        if (!in.peek().is("]")) {
            throw in.error(in.peek(), "',' or '|' or ']' in a list");
        }
        in.next();
        return Term.list(items, tail);
    }
}
