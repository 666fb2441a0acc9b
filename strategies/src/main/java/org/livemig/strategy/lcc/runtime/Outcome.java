package org.livemig.strategy.lcc.runtime;

import java.util.function.Consumer;
import org.livemig.strategy.lcc.syntax.AgentRef;
import org.livemig.strategy.lcc.syntax.Def;

/** What one rewrite step of a role definition did (LCC unfolding). */
sealed interface Outcome permits Outcome.Progress, Outcome.Become, Outcome.Blocked, Outcome.Failed, Outcome.Suspend {

    /** A step was taken; {@code rest} remains, or null when the definition is closed. */
    record Progress(Def rest) implements Outcome {}

    /** The definition changes role to {@code agent}; {@code rest} follows it, or null (a tail call). */
    record Become(AgentRef agent, Def rest) implements Outcome {}

    /** Nothing can happen until a message arrives (a receive, or a send with no partner yet). */
    record Blocked(String waitingFor) implements Outcome {}

    /** The definition cannot be closed: a constraint failed in every branch. */
    record Failed(String why) implements Outcome {}

    /** A constraint finishes later; run {@code start}, then continue with {@code rest} if it held. */
    record Suspend(Consumer<Consumer<Boolean>> start, Def rest) implements Outcome {}
}
