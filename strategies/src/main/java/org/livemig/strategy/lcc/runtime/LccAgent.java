package org.livemig.strategy.lcc.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.livemig.core.agent.AgentContext;
import org.livemig.core.agent.PmAgent;
import org.livemig.core.hypervisor.HypervisorView;
import org.livemig.core.hypervisor.MigrationResult;
import org.livemig.core.hypervisor.VmState;
import org.livemig.core.protocol.Message;
import org.livemig.core.protocol.ProtocolMessages;
import org.livemig.core.protocol.VmInfo;
import org.livemig.scenario.Negotiation;
import org.livemig.scenario.Scenario;
import org.livemig.strategy.agent.AgentChannel;
import org.livemig.strategy.lcc.syntax.Def;
import org.livemig.strategy.lcc.syntax.Goal;
import org.livemig.strategy.lcc.syntax.InteractionModel;
import org.livemig.strategy.lcc.syntax.Term;

/**
 * The agent of one PM running an LCC interaction model as written: its process unfolds the role
 * definitions, model messages travel as {@code LCC} protocol messages, constraints resolve through a
 * {@link ConstraintRegistry}. It answers the measurement point like the other agents and reports its
 * migrations to it.
 */
public final class LccAgent implements PmAgent, LccPeer {

    private record Delivered(Term term, int from, String fromRole, String toRole, double timeS) {}

    private final AgentContext context;
    /** Longest wait for a migration to end (waitForMigration, an ordered migration), s. */
    private static final double MIGRATION_TIMEOUT_S = 300;
    /** A peer tells the others its role and load at least this many check intervals apart (discovery). */
    private static final double ANNOUNCE_CHECKS = 4;

    private final double waitTimeoutS;
    private final double announceIntervalS;
    private final LoadPolicy policy;
    private final GoalSolver goals;
    private final PeerDirectory directory = new PeerDirectory();
    private final WakeOnDemand wakeOnDemand;
    private final List<Delivered> inbox = new ArrayList<>();
    private final List<Consumer<Boolean>> migrationWaiters = new ArrayList<>();
    private final Map<Integer, Consumer<Boolean>> ordersOut = new LinkedHashMap<>();
    private final LccProcess process;
    private Term announcedRole;
    private double announcedAtS = Double.NEGATIVE_INFINITY;
    private long attempts;
    private long migrationSeq;
    private final AgentChannel channel;

    /**
     * An agent running {@code model} with {@code kind}'s meaning of the state constraints; every constraint it
     * uses must be in {@code registry}. A peer re-enters its initial role every {@code negotiation.check_interval_s}
     * and waits {@code negotiation.reply_timeout_s} for a message or a partner.
     */
    public LccAgent(
            AgentContext context,
            InteractionModel model,
            ConstraintRegistry registry,
            Scenario scenario,
            LoadPolicy.Kind kind) {
        Negotiation negotiation = scenario.negotiation();
        this.context = context;
        this.channel = new AgentChannel(context, scenario.network().frameOverheadBytes());
        this.waitTimeoutS = negotiation.replyTimeoutS();
        this.announceIntervalS = ANNOUNCE_CHECKS * negotiation.checkIntervalS();
        this.policy = new LoadPolicy(scenario.lcc(), kind);
        this.wakeOnDemand = new WakeOnDemand(scenario.lcc(), announceIntervalS, waitTimeoutS);
        this.goals = new GoalSolver(registry, this);
        this.process = new LccProcess(
                model,
                context.scheduler(),
                new Port(),
                this::roleEntered,
                context.hypervisor().pmId(),
                negotiation.checkIntervalS(),
                waitTimeoutS);
    }

    /** A factory of agents running {@code model}; checks first that every constraint it uses is known. */
    public static Factory factory(
            InteractionModel model, ConstraintRegistry registry, Scenario scenario, LoadPolicy.Kind kind) {
        LccModels.requireConstraints(model, registry);
        return context -> new LccAgent(context, model, registry, scenario, kind);
    }

    @Override
    public void start() {
        process.start();
    }

    /** The role this peer is in. */
    public String role() {
        return process.role();
    }

    /** Why the peer last gave up a role (a failed constraint or a timeout); empty if it never did. */
    public String lastFailure() {
        return process.lastFailure();
    }

    /** Conversations this peer started (messages sent to a partner it had to find). */
    @Override
    public long attempts() {
        return attempts;
    }

    @Override
    public void onMessage(Message m) {
        if (!context.hypervisor().poweredOn()) {
            return;
        }
        switch (m.type()) {
            case MEASUREMENT_REQUEST ->
                channel.replyToMeasurement(m, context.hypervisor().reportedLoad(), attempts, load(), averageLoad());
            case MIGRATION_ACK -> {
                if (m.destination() == id()) {
                    wakeOnDemand.tookLoad(now());
                    migrationEnded(true);
                }
            }
            case LCC -> onLcc(m);
            default -> {}
        }
    }

    private void onLcc(Message m) {
        String[] f = LccWire.fields(m.content());
        switch (f[0]) {
            case LccWire.ANNOUNCE -> {
                Term role = f.length == 4 ? LccWire.term(f[1]) : null;
                if (role != null) {
                    directory.announced(new PeerDirectory.Entry(
                            m.source(), role, Double.parseDouble(f[2]), Integer.parseInt(f[3]), now()));
                }
            }
            case LccWire.MSG -> {
                Term term = f.length == 4 ? LccWire.term(f[3]) : null;
                if (term != null) {
                    inbox.add(new Delivered(term, m.source(), f[1], f[2], now()));
                    process.poke();
                }
            }
            case LccWire.ORDER -> serveOrder(m.source(), Double.parseDouble(f[1]));
            case LccWire.DONE -> {
                Consumer<Boolean> done = ordersOut.remove(m.source());
                if (done != null) {
                    done.accept(Integer.parseInt(f[1]) > 0);
                }
            }
            default -> {}
        }
    }

    private void roleEntered(Term role) {
        wakeOnDemand.observe(now(), context.hypervisor().poweredOn());
        boolean changed =
                announcedRole == null || !Term.functorOf(announcedRole).equals(Term.functorOf(role));
        if (changed || now() - announcedAtS >= announceIntervalS) {
            announcedRole = role;
            announcedAtS = now();
            if (context.hypervisor().poweredOn()) {
                send(lcc(
                        Message.BROADCAST,
                        LccWire.announce(role, load(), context.hypervisor().cores())));
            }
        }
    }

    /** Migrates VMs of up to {@code capacity} cores to {@code to}, largest first, then reports how many moved. */
    private void serveOrder(int to, double capacity) {
        List<VmState> vms = new ArrayList<>(context.hypervisor().vms());
        vms.sort(Comparator.comparingDouble(VmState::cpuLoad).reversed().thenComparingInt(VmState::id));
        List<Integer> chosen = new ArrayList<>();
        double left = capacity + 1e-9;
        for (VmState vm : vms) {
            if (vm.cpuLoad() <= left) {
                chosen.add(vm.id());
                left -= vm.cpuLoad();
            }
        }
        if (chosen.isEmpty()) {
            send(lcc(to, LccWire.done(0)));
            migrationEnded(false);
            return;
        }
        int[] pending = {chosen.size()};
        int[] moved = {0};
        for (int vm : chosen) {
            migrate(vm, to, ok -> {
                moved[0] += ok ? 1 : 0;
                if (--pending[0] == 0) {
                    send(lcc(to, LccWire.done(moved[0])));
                    migrationEnded(moved[0] > 0);
                }
            });
        }
    }

    private void migrationEnded(boolean ok) {
        List<Consumer<Boolean>> waiters = new ArrayList<>(migrationWaiters);
        migrationWaiters.clear();
        waiters.forEach(w -> w.accept(ok));
    }

    @Override
    public void migrate(int vmId, int destination, Consumer<Boolean> done) {
        VmState state = context.hypervisor().vms().stream()
                .filter(v -> v.id() == vmId)
                .findFirst()
                .orElse(null);
        if (state == null) {
            context.scheduler().schedule(0, () -> done.accept(false));
            return;
        }
        VmInfo vm = new VmInfo(
                state.id(), state.vcpus(), state.cpuLoad(), state.cpuLoad(), state.memoryMb(), state.dirtyRateMbps());
        long migrationId = ((long) id() << 32) | (++migrationSeq & 0xffffffffL);
        channel.migrate(vm, destination, migrationId, id(), new HypervisorView.MigrationListener() {
            @Override
            public void completed(MigrationResult r) {
                done.accept(true);
            }

            @Override
            public void failed(String reason) {
                done.accept(false);
            }
        });
    }

    @Override
    public void orderMigration(int source, double capacity, Consumer<Boolean> done) {
        ordersOut.put(source, done);
        send(lcc(source, LccWire.order(capacity)));
        context.scheduler().schedule(MIGRATION_TIMEOUT_S, () -> {
            Consumer<Boolean> pending = ordersOut.remove(source);
            if (pending == done) {
                done.accept(false);
            }
        });
    }

    @Override
    public void awaitMigration(Consumer<Boolean> done) {
        boolean[] called = {false};
        Consumer<Boolean> once = ok -> {
            if (!called[0]) {
                called[0] = true;
                done.accept(ok);
            }
        };
        migrationWaiters.add(once);
        context.scheduler().schedule(MIGRATION_TIMEOUT_S, () -> {
            migrationWaiters.remove(once);
            once.accept(false);
        });
    }

    private Message lcc(int to, String content) {
        return ProtocolMessages.lcc(id(), to, content);
    }

    private void send(Message m) {
        channel.send(m, Math.max(1, directory.size()));
    }

    @Override
    public AgentContext context() {
        return context;
    }

    @Override
    public LoadPolicy policy() {
        return policy;
    }

    @Override
    public boolean spare() {
        return wakeOnDemand.spare(now(), context.hypervisor().poweredOn(), load());
    }

    @Override
    public boolean wakePeer(double needCores) {
        return wakeOnDemand.wakeFor(this, needCores);
    }

    @Override
    public PeerDirectory directory() {
        return directory;
    }

    @Override
    public double load() {
        HypervisorView hv = context.hypervisor();
        double sum = 0;
        for (VmState vm : hv.vms()) {
            sum += vm.cpuLoad();
        }
        return sum / hv.cores();
    }

    @Override
    public List<Integer> peersInRole(String role) {
        List<Integer> ids = new ArrayList<>();
        for (PeerDirectory.Entry e : directory.entries()) {
            if (e.id() != id() && now() - e.timeS() <= waitTimeoutS && (role == null || role.equals(e.roleName()))) {
                ids.add(e.id());
            }
        }
        return ids;
    }

    @Override
    public double averageLoad() {
        return directory.averageLoad(load(), now(), 3 * announceIntervalS);
    }

    /** Message passing and constraints for the process. */
    private final class Port implements Reducer.Port {

        @Override
        public boolean send(Def.Send s, Bindings b) {
            Term to = b.deref(s.to().id());
            int dest;
            if (to instanceof Term.Var) {
                dest = directory.pick(s.to().roleName(), now(), waitTimeoutS, context.random());
                if (dest < 0 || !b.unify(to, new Term.Num(dest))) {
                    return false;
                }
                attempts++;
            } else if (to instanceof Term.Num n) {
                dest = (int) n.value();
            } else {
                throw new LccRuntimeException(s.position() + ": agent id must be a peer number, got " + to);
            }
            LccAgent.this.send(lcc(dest, LccWire.message(process.role(), s.to().roleName(), b.resolve(s.message()))));
            return true;
        }

        @Override
        public boolean receive(Def.Receive r, Bindings b, java.util.function.BooleanSupplier guard) {
            double now = now();
            inbox.removeIf(d -> now - d.timeS() > 2 * waitTimeoutS);
            for (Iterator<Delivered> it = inbox.iterator(); it.hasNext(); ) {
                Delivered d = it.next();
                if (!d.toRole().equals(process.role())
                        || !d.fromRole().equals(r.from().roleName())) {
                    continue;
                }
                int mark = b.mark();
                if (b.unify(r.message(), d.term())
                        && b.unify(r.from().id(), new Term.Num(d.from()))
                        && guard.getAsBoolean()) {
                    it.remove();
                    return true;
                }
                b.undo(mark);
            }
            return false;
        }

        @Override
        public Constraint.Solution solve(Goal goal, Bindings b) {
            return goals.solve(goal, b);
        }
    }
}
