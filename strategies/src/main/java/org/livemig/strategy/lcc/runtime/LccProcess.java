package org.livemig.strategy.lcc.runtime;

import java.util.function.Consumer;
import org.livemig.core.runtime.Scheduler;
import org.livemig.strategy.lcc.syntax.AgentRef;
import org.livemig.strategy.lcc.syntax.Clause;
import org.livemig.strategy.lcc.syntax.Def;
import org.livemig.strategy.lcc.syntax.InteractionModel;
import org.livemig.strategy.lcc.syntax.Term;

/**
 * Runs one peer's part of an interaction model by unfolding its role definition step by step. A role
 * change in tail position replaces the definition (recursion does not grow), with fresh clause variables.
 * A peer that waits longer than the timeout for a message or a partner, or whose definition fails, goes
 * back to the initial role; the initial role is re-entered once per check interval (the idle role polls).
 */
final class LccProcess {

    /** Rewrite steps taken in one event before yielding to other events. */
    private static final int MAX_STEPS_PER_EVENT = 1000;

    /** What the process tells its agent. */
    interface Listener {
        /** The peer entered {@code role} (resolved role term). */
        void roleEntered(Term role);
    }

    private final InteractionModel model;
    private final Scheduler scheduler;
    private final double checkIntervalS;
    private final double waitTimeoutS;
    private final Bindings bindings = new Bindings();
    private final Reducer reducer;
    private final Listener listener;
    private final int selfId;
    private final String initialRole;
    private Def current;
    private String role;
    private long instances;
    private long generation;
    private double blockedSince = Double.NaN;
    private boolean running;
    private String lastFailure = "";

    LccProcess(
            InteractionModel model,
            Scheduler scheduler,
            Reducer.Port port,
            Listener listener,
            int selfId,
            double checkIntervalS,
            double waitTimeoutS) {
        this.model = model;
        this.scheduler = scheduler;
        this.reducer = new Reducer(port, bindings);
        this.listener = listener;
        this.selfId = selfId;
        this.checkIntervalS = checkIntervalS;
        this.waitTimeoutS = waitTimeoutS;
        this.initialRole = model.initialRole()
                .orElseThrow(() -> new LccRuntimeException(model.source() + ": the model defines no role"));
    }

    /** Enters the initial role now. */
    void start() {
        restart(0);
    }

    /** The role the peer is in. */
    String role() {
        return role;
    }

    /** Why the definition last failed or timed out (for tests and diagnostics). */
    String lastFailure() {
        return lastFailure;
    }

    /** A message arrived: a blocked definition tries again. */
    void poke() {
        if (!Double.isNaN(blockedSince) && !running) {
            long g = generation;
            scheduler.schedule(0, () -> resumeIf(g));
        }
    }

    private void resumeIf(long g) {
        if (g == generation && !running) {
            run();
        }
    }

    private void restart(double delayS) {
        long g = ++generation;
        current = null;
        blockedSince = Double.NaN;
        scheduler.schedule(delayS, () -> {
            if (g == generation) {
                enter(new AgentRef(new Term.Atom(initialRole), new Term.Num(selfId), null), true);
                run();
            }
        });
    }

    private void run() {
        running = true;
        try {
            for (int step = 0; step < MAX_STEPS_PER_EVENT; step++) {
                if (current == null) {
                    restart(checkIntervalS);
                    return;
                }
                Outcome o = reducer.reduce(current);
                if (o instanceof Outcome.Progress p) {
                    blockedSince = Double.NaN;
                    current = p.rest();
                } else if (o instanceof Outcome.Become b) {
                    blockedSince = Double.NaN;
                    boolean tail = b.rest() == null;
                    Def rest = b.rest();
                    enter(resolved(b.agent()), tail);
                    if (!tail) {
                        current = new Def.Then(current, rest, rest.position());
                    }
                    if (role.equals(initialRole)) {
                        long g = ++generation;
                        scheduler.schedule(checkIntervalS, () -> resumeIf(g));
                        return;
                    }
                } else if (o instanceof Outcome.Blocked blocked) {
                    block(blocked.waitingFor());
                    return;
                } else if (o instanceof Outcome.Failed f) {
                    lastFailure = f.why();
                    restart(checkIntervalS);
                    return;
                } else {
                    Outcome.Suspend s = (Outcome.Suspend) o;
                    blockedSince = Double.NaN;
                    current = s.rest();
                    long g = ++generation;
                    s.start().accept(once(g));
                    return;
                }
            }
            long g = ++generation;
            scheduler.schedule(0, () -> resumeIf(g));
        } finally {
            running = false;
        }
    }

    private Consumer<Boolean> once(long g) {
        boolean[] called = {false};
        return ok -> {
            if (called[0] || g != generation) {
                return;
            }
            called[0] = true;
            if (ok) {
                scheduler.schedule(0, () -> resumeIf(g));
            } else {
                lastFailure = "a constraint of role " + role + " did not hold when it finished";
                restart(checkIntervalS);
            }
        };
    }

    private void block(String waitingFor) {
        double now = scheduler.now();
        if (Double.isNaN(blockedSince)) {
            blockedSince = now;
        }
        if (now - blockedSince >= waitTimeoutS - 1e-6) {
            lastFailure = "role " + role + " timed out waiting for " + waitingFor;
            restart(checkIntervalS);
            return;
        }
        long g = ++generation;
        scheduler.schedule(blockedSince + waitTimeoutS - now, () -> resumeIf(g));
    }

    private AgentRef resolved(AgentRef a) {
        return new AgentRef(bindings.resolve(a.role()), bindings.resolve(a.id()), a.position());
    }

    /** Makes the peer take role {@code target} (resolved); a tail call starts a fresh clause instance. */
    private void enter(AgentRef target, boolean tail) {
        if (tail) {
            bindings.clear();
        }
        for (Clause c : model.clausesOf(target.roleName())) {
            Clause inst = ClauseInstance.of(c, ++instances);
            int mark = bindings.mark();
            if (bindings.unify(inst.head().role(), target.role())
                    && bindings.unify(inst.head().id(), target.id())) {
                current = inst.body();
                role = target.roleName();
                listener.roleEntered(target.role());
                return;
            }
            bindings.undo(mark);
        }
        throw new LccRuntimeException(
                (target.position() == null ? model.source() : target.position().toString()) + ": no clause of role '"
                        + target.roleName() + "' matches " + target);
    }
}
