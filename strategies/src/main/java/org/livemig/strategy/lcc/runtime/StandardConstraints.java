package org.livemig.strategy.lcc.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.livemig.core.hypervisor.HypervisorView;
import org.livemig.core.hypervisor.VmState;
import org.livemig.strategy.lcc.syntax.Term;

/**
 * Seed 000's constraints as Java methods bound to the peer's own view (its hypervisor, its directory of
 * peers), and a few general ones. Amounts are in cores, loads normalised.
 */
final class StandardConstraints {

    private StandardConstraints() {}

    static void registerAll(ConstraintRegistry r) {
        r.register(
                "getPeerState",
                1,
                "getPeerState(Status): Status is this peer's distance from its target in "
                        + "cores (balance: |load - average| x cores; consolidate: the excess above full, the free cores below "
                        + "full, else its load); wakes a PM that was given a VM while off",
                c -> {
                    LccPeer p = c.peer();
                    HypervisorView hv = p.context().hypervisor();
                    if (!hv.poweredOn() && !hv.vms().isEmpty()) {
                        hv.powerOn(); // wake on demand: a VM was placed on this PM while it was off
                    }
                    double status = p.policy()
                            .status(
                                    p.load(),
                                    p.averageLoad(),
                                    hv.cores(),
                                    !hv.vms().isEmpty());
                    return Constraint.of(c.unify(c.args().get(0), new Term.Num(status)));
                });
        r.register(
                "isOverLoaded",
                0,
                "this peer's load is above lcc.balance_high_factor x the average (balance) or "
                        + "above lcc.consolidate_full_threshold (consolidate)",
                c -> Constraint.of(
                        c.peer().policy().overloaded(c.peer().load(), c.peer().averageLoad())));
        r.register(
                "isUnderLoaded",
                0,
                "this peer's load is below lcc.balance_low_factor x the average (balance), "
                        + "or it has VMs and is below lcc.consolidate_low_threshold (consolidate)",
                c -> Constraint.of(
                        c.peer().policy().underloaded(c.peer().load(), c.peer().averageLoad(), hasVms(c.peer()))));
        r.register(
                "canAcceptMoreLoad",
                0,
                "consolidate: this peer has VMs, is at or above the low threshold and " + "below full",
                c -> Constraint.of(c.peer().policy().canAcceptMore(c.peer().load(), hasVms(c.peer()))));
        r.register("hasNoLoad", 0, "this peer hosts no VM", c -> Constraint.of(!hasVms(c.peer())));
        r.register(
                "isMigrationPossible",
                2,
                "isMigrationPossible(Capacity, Need): balance, both positive; " + "consolidate, Need fits in Capacity",
                c -> Constraint.of(c.peer().policy().migrationPossible(c.number(0), c.number(1))));
        r.register(
                "migration",
                2,
                "migration(From, To): on From, migrates the VM that brings both peers closest to "
                        + "the target to To; on To, asks From to migrate VMs of up to its room here (finishes when the "
                        + "migration ends)",
                StandardConstraints::migration);
        r.register(
                "waitForMigration",
                0,
                "waits for the next migration this peer takes part in to end (at most 300 " + "s)",
                c -> new Constraint.Later(c.peer()::awaitMigration));
        r.register(
                "releaseResources",
                0,
                "powers this PM off unless it is a spare woken on demand",
                c -> Constraint.of(
                        !c.peer().spare() && c.peer().context().hypervisor().powerOff()));
        r.register(
                "isSpare",
                0,
                "this PM was woken on demand and still takes load (consolidate)",
                c -> Constraint.of(c.peer().spare()));
        r.register(
                "wakePeer",
                1,
                "wakePeer(Need): wakes a powered-off peer when no powered-on peer announced room "
                        + "for Need cores and no spare is up",
                c -> Constraint.of(c.peer().wakePeer(c.number(0))));
        r.register(
                "offloadTo",
                2,
                "offloadTo(To, Need): migrates VMs of up to Need cores to To, largest first, "
                        + "each fitting the room To announced",
                StandardConstraints::offloadTo);
        r.register(
                "shutdown",
                0,
                "powers this PM off",
                c -> Constraint.of(c.peer().context().hypervisor().powerOff()));
        r.register("wake", 0, "powers this PM on", c -> {
            c.peer().context().hypervisor().powerOn();
            return new Constraint.Holds();
        });
        r.register("sleep", 1, "sleep(Ms): waits Ms milliseconds of (simulated) time", c -> {
            double ms = c.number(0);
            return new Constraint.Later(
                    done -> c.peer().context().scheduler().schedule(ms / 1000, () -> done.accept(true)));
        });
        r.register(
                "load",
                1,
                "load(L): L is this peer's normalised load (its VMs' CPU load / its cores)",
                c -> Constraint.of(
                        c.unify(c.args().get(0), new Term.Num(c.peer().load()))));
        r.register(
                "average_load",
                1,
                "average_load(A): A is the mean of this peer's load and the loads its peers " + "last announced",
                c -> Constraint.of(
                        c.unify(c.args().get(0), new Term.Num(c.peer().averageLoad()))));
        r.register(
                "overloaded",
                0,
                "as isOverLoaded/0",
                c -> Constraint.of(
                        c.peer().policy().overloaded(c.peer().load(), c.peer().averageLoad())));
        r.register(
                "underloaded",
                0,
                "as isUnderLoaded/0",
                c -> Constraint.of(
                        c.peer().policy().underloaded(c.peer().load(), c.peer().averageLoad(), hasVms(c.peer()))));
        r.register(
                "capacity",
                1,
                "capacity(C): C is the cores this peer may still take before it reaches its " + "target",
                c -> Constraint.of(c.unify(c.args().get(0), new Term.Num(room(c.peer())))));
        r.register(
                "need",
                1,
                "need(N): N is the cores this peer is above its target (negative below)",
                c -> Constraint.of(c.unify(c.args().get(0), new Term.Num(-room(c.peer())))));
        r.register(
                "migrate",
                2,
                "migrate(Vm, To): live-migrates VM Vm of this peer to peer To (finishes when the " + "migration ends)",
                c -> {
                    int vm = (int) c.number(0);
                    int to = (int) c.number(1);
                    return new Constraint.Later(done -> c.peer().migrate(vm, to, done));
                });
    }

    /**
     * offloadTo(To, Need): moves VMs from this peer to {@code To}, largest first, each fitting in the room
     * {@code To} last announced below the full threshold, until they add up to {@code Need} cores.
     */
    private static Constraint.Solution offloadTo(Constraint.Call c) {
        LccPeer p = c.peer();
        int to = (int) c.number(0);
        double need = c.number(1);
        PeerDirectory.Entry partner = p.directory().entry(to);
        double room = partner == null ? need : p.policy().room(partner.load(), p.averageLoad(), partner.cores());
        List<VmState> vms = new ArrayList<>(p.context().hypervisor().vms());
        vms.sort(Comparator.comparingDouble(VmState::cpuLoad).reversed().thenComparingInt(VmState::id));
        List<Integer> chosen = new ArrayList<>();
        double moved = 0;
        for (VmState vm : vms) {
            if (moved >= need || to == p.id()) {
                break;
            }
            if (vm.cpuLoad() > 0 && vm.cpuLoad() <= room - moved + 1e-9) {
                chosen.add(vm.id());
                moved += vm.cpuLoad();
            }
        }
        if (chosen.isEmpty()) {
            return new Constraint.Fails();
        }
        return new Constraint.Later(done -> {
            int[] pending = {chosen.size()};
            boolean[] any = {false};
            for (int vm : chosen) {
                p.migrate(vm, to, ok -> {
                    any[0] |= ok;
                    if (--pending[0] == 0) {
                        done.accept(any[0]);
                    }
                });
            }
        });
    }

    /** The cores this peer may still take before it reaches its policy's target (negative above it). */
    private static double room(LccPeer p) {
        return p.policy()
                .room(p.load(), p.averageLoad(), p.context().hypervisor().cores());
    }

    private static boolean hasVms(LccPeer p) {
        return !p.context().hypervisor().vms().isEmpty();
    }

    /**
     * migration(From, To): this peer is From, it moves the VM that brings both peers closest to their target;
     * this peer is To, it asks From to move VMs of up to its room here.
     */
    private static Constraint.Solution migration(Constraint.Call c) {
        LccPeer p = c.peer();
        int from = (int) c.number(0);
        int to = (int) c.number(1);
        HypervisorView hv = p.context().hypervisor();
        double average = p.averageLoad();
        if (from == p.id() && to != from) {
            double need = -p.policy().room(p.load(), average, hv.cores());
            PeerDirectory.Entry partner = p.directory().entry(to);
            double room = partner == null ? need : p.policy().room(partner.load(), average, partner.cores());
            List<VmState> vms = hv.vms();
            double[] loads = new double[vms.size()];
            for (int i = 0; i < loads.length; i++) {
                loads[i] = vms.get(i).cpuLoad();
            }
            int best = LoadPolicy.bestMove(loads, need, room);
            if (best < 0) {
                return new Constraint.Fails();
            }
            int vm = vms.get(best).id();
            return new Constraint.Later(done -> p.migrate(vm, to, done));
        }
        if (to == p.id() && from != to) {
            double room = p.policy().room(p.load(), average, hv.cores());
            return new Constraint.Later(done -> p.orderMigration(from, room, done));
        }
        return new Constraint.Fails();
    }
}
