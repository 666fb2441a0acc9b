package org.livemig.strategy.lcc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.livemig.strategy.lcc.check.ModelChecker;
import org.livemig.strategy.lcc.check.RoleSummary;
import org.livemig.strategy.lcc.runtime.LccModels;
import org.livemig.strategy.lcc.syntax.Def;
import org.livemig.strategy.lcc.syntax.InteractionModel;
import org.livemig.strategy.lcc.syntax.LccParser;
import org.livemig.strategy.lcc.syntax.LccSyntaxException;
import org.livemig.strategy.lcc.syntax.RoleDeclaration;
import org.livemig.strategy.lcc.syntax.Term;

class LccParserTest {

    private static InteractionModel parse(String text) throws LccSyntaxException {
        return LccParser.parse("t.lcc", text);
    }

    private static String error(String text) {
        return assertThrows(LccSyntaxException.class, () -> parse(text)).getMessage();
    }

    @Test
    void thenBindsTighterThanOrAndConstraintsTighterThanThen() throws Exception {
        Def body = parse("a(r, I) :: null <- c1 then m => a(s, J) <- c2 and X = 1 or a(r, I)")
                .clauses()
                .get(0)
                .body();
        Def.Or or = assertInstanceOf(Def.Or.class, body);
        Def.Then then = assertInstanceOf(Def.Then.class, or.left());
        assertEquals(
                1, assertInstanceOf(Def.Null.class, then.first()).constraints().size());
        Def.Send send = assertInstanceOf(Def.Send.class, then.second());
        assertEquals("[c2, X = 1]", send.constraints().toString());
        assertInstanceOf(Def.RoleChange.class, or.right());
    }

    @Test
    void messagesRoleChangesTermsListsStringsAndComments() throws Exception {
        InteractionModel m = parse("""
                // a comment
                r(buyer, initial). r(seller, necessary, 2)
                /* block
                   comment */ a(buyer(Max), B) ::
                  ask(item("red car", 'Quoted Atom', -2.5e1, [1, Max | B])) => a(seller, S) then
                  price(P) <= a(seller, S) <- P == 3 then
                  a(buyer(Max), B).
                a(seller, S) :: ask(Q) <= a(buyer, B) then price(3) => a(buyer, B)
                """);
        assertEquals(List.of("buyer", "seller"), List.copyOf(m.roles()));
        assertEquals(
                new RoleDeclaration(
                        "seller",
                        RoleDeclaration.Kind.NECESSARY,
                        2,
                        -1,
                        m.declarations().get(1).position()),
                m.declarations().get(1));
        assertEquals("buyer", m.initialRole().orElseThrow());
        Def.Then body = (Def.Then) m.clauses().get(0).body();
        Def.Send send = (Def.Send) body.first();
        assertEquals(
                "ask(item(\"red car\", 'Quoted Atom', -25, [1, Max | B]))",
                send.message().toString());
        assertEquals("seller", send.to().roleName());
        Def.Then rest = (Def.Then) body.second();
        assertInstanceOf(Def.Receive.class, rest.first());
        Def.RoleChange change = assertInstanceOf(Def.RoleChange.class, rest.second());
        assertEquals(List.of(new Term.Var("Max")), change.agent().roleArgs());
        assertEquals(4, m.clauses().get(0).position().line());
        assertEquals(List.of(), ModelChecker.check(m));
    }

    @Test
    void termsReadBackFromTheirText() throws Exception {
        for (String t : List.of("f(a, [1, 2 | T], \"s\\\"q\", 'A b', -3)", "[]", "[a]", "g(0.25)")) {
            Term parsed = LccParser.parseTerm(t);
            assertEquals(parsed, LccParser.parseTerm(parsed.toString()), t);
        }
    }

    @Test
    void syntaxErrorsNameLineColumnAndWhatWasExpected() {
        assertEquals("t.lcc:1:11: expected '::' after clause head a(r, I), found 'null'", error("a(r, I)   null"));
        assertEquals(
                "t.lcc:2:7: expected '=>' or '<=' after message m(X), found end of file", error("a(r, I) ::\n  m(X)"));
        assertEquals(
                "t.lcc:1:12: expected a message, 'null', a role 'a(Role, Id)' or '(', found keyword 'or'",
                error("a(r, I) :: or"));
        assertEquals(
                "t.lcc:1:1: expected a clause 'a(Role, Id) :: ...' or a role declaration 'r(Role, Kind)', "
                        + "found 'hello'",
                error("hello"));
        assertEquals("t.lcc:1:3: unterminated comment /* */", error("  /* x"));
        assertEquals("t.lcc:1:14: unexpected character '#'", error("a(r, I) :: m(#) => a(s, J)"));
        assertEquals(
                "t.lcc:1:12: expected role kind 'initial', 'necessary', 'optional', 'auxiliary', "
                        + "'cyclic' or 'uncommitted', found 'main'",
                error("r(buyer,   main)"));
        assertEquals("t.lcc:1:20: expected an agent 'a(Role, Id)', found 'b'", error("a(r, I) :: m(x) => b(s, J)"));
        assertEquals(
                "t.lcc:1:17: expected ',' or '|' or ']' in a list, found number 2",
                error("a(r, I) :: m([1 2) => a(s, J)"));
    }

    @Test
    void checksFindUndefinedRolesUnreceivedMessagesAndUnboundVariables() throws Exception {
        InteractionModel m = parse("""
                a(r, I) :: ping(X) => a(s, J) then a(t, I)
                a(s, J) :: pong <= a(r, I) then hello(Y, I) => a(q, K)
                """);
        assertEquals(
                List.of(
                                "t.lcc:1:12: variable X in sent message ping(X) is not bound before it is sent",
                                "t.lcc:1:12: message ping/1 is sent to role 's', which never receives it",
                                "t.lcc:1:36: role change to undefined role 't' (roles: r, s)",
                                "t.lcc:2:48: message sent to undefined role 'q' (roles: r, s)",
                                "t.lcc:2:33: variable Y in sent message hello(Y, I) is not bound before it is sent")
                        .stream()
                        .sorted()
                        .toList(),
                ModelChecker.check(m).stream().map(Object::toString).sorted().toList());
    }

    @Test
    void seedModelsParseCheckAndListTheirRoles() {
        InteractionModel balance = LccModels.packaged(LccModels.BALANCE);
        assertEquals(List.of("idle", "overloaded", "underloaded"), List.copyOf(balance.roles()));
        assertEquals("""
                idle: sends nothing; receives nothing
                overloaded: sends readyToMigrate/1 => underloaded; receives migration/1 <= underloaded
                underloaded: sends migration/1 => overloaded; receives readyToMigrate/1 <= overloaded
                """, RoleSummary.of(balance).describe());
        InteractionModel consolidate = LccModels.packaged(LccModels.CONSOLIDATE);
        assertEquals(
                List.of("idle", "notFullyLoaded", "underloaded", "shutdown", "overloaded", "spare"),
                List.copyOf(consolidate.roles()));
    }

    @Test
    void thePapersTypoInTheSecondModelIsCaught() throws Exception {
        String paper = """
                a(notFullyLoaded(Capacity), ID1) ::
                readyToMigrate(Capacity) => a(underloaded, ID2) then
                migration(OK) <= a(underloaded, ID2)
                a(underloaded(Load), ID2) ::
                readyToMigrate(Capacity) <= a(notFullyLoaded, ID1) then
                migration(OK) => a(overloaded, ID1) <- isMigrationPossible(Capacity, Load)
                """;
        List<String> problems =
                ModelChecker.check(parse(paper)).stream().map(Object::toString).toList();
        assertTrue(
                problems.contains("t.lcc:6:18: message sent to undefined role 'overloaded' (roles: "
                        + "notFullyLoaded, underloaded)"),
                problems.toString());
        assertTrue(
                problems.contains(
                        "t.lcc:6:1: variable OK in sent message migration(OK) is not bound before it " + "is sent"),
                problems.toString());
    }
}
