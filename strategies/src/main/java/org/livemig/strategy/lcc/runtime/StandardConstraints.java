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

    private StandardConstraints() {
    }

    static void registerAll(ConstraintRegistry r) {
        r.register("getPeerState", 1, c -> {
            LccPeer p = c.peer();
            HypervisorView hv = p.context().hypervisor();
            if (!hv.poweredOn() && !hv.vms().isEmpty()) {
                hv.powerOn(); // wake on demand: a VM was placed on this PM while it was off
            }
            double status = p.policy().status(p.load(), p.averageLoad(), hv.cores(), !hv.vms().isEmpty());
            return Constraint.of(c.unify(c.args().get(0), new Term.Num(status)));
        });
        r.register("isOverLoaded", 0, c -> Constraint.of(c.peer().policy().overloaded(c.peer().load(),
                c.peer().averageLoad())));
        r.register("isUnderLoaded", 0, c -> Constraint.of(c.peer().policy().underloaded(c.peer().load(),
                c.peer().averageLoad(), hasVms(c.peer()))));
        r.register("canAcceptMoreLoad", 0, c -> Constraint.of(c.peer().policy().canAcceptMore(c.peer().load(),
                hasVms(c.peer()))));
        r.register("hasNoLoad", 0, c -> Constraint.of(!hasVms(c.peer())));
        r.register("isMigrationPossible", 2, c -> Constraint.of(c.peer().policy()
                .migrationPossible(c.number(0), c.number(1))));
        r.register("migration", 2, StandardConstraints::migration);
        r.register("waitForMigration", 0, c -> new Constraint.Later(c.peer()::awaitMigration));
        r.register("releaseResources", 0, c -> Constraint.of(!c.peer().spare()
                && c.peer().context().hypervisor().powerOff()));
        r.register("isSpare", 0, c -> Constraint.of(c.peer().spare()));
        r.register("wakePeer", 1, c -> Constraint.of(c.peer().wakePeer(c.number(0))));
        r.register("offloadTo", 2, StandardConstraints::offloadTo);
        r.register("shutdown", 0, c -> Constraint.of(c.peer().context().hypervisor().powerOff()));
        r.register("wake", 0, c -> {
            c.peer().context().hypervisor().powerOn();
            return new Constraint.Holds();
        });
        r.register("sleep", 1, c -> {
            double ms = c.number(0);
            return new Constraint.Later(done -> c.peer().context().scheduler().schedule(ms / 1000,
                    () -> done.accept(true)));
        });
        r.register("load", 1, c -> Constraint.of(c.unify(c.args().get(0), new Term.Num(c.peer().load()))));
        r.register("average_load", 1, c -> Constraint.of(c.unify(c.args().get(0),
                new Term.Num(c.peer().averageLoad()))));
        r.register("overloaded", 0, c -> Constraint.of(c.peer().policy().overloaded(c.peer().load(),
                c.peer().averageLoad())));
        r.register("underloaded", 0, c -> Constraint.of(c.peer().policy().underloaded(c.peer().load(),
                c.peer().averageLoad(), hasVms(c.peer()))));
        r.register("capacity", 1, c -> Constraint.of(c.unify(c.args().get(0), new Term.Num(c.peer().policy()
                .room(c.peer().load(), c.peer().averageLoad(), c.peer().context().hypervisor().cores())))));
        r.register("need", 1, c -> Constraint.of(c.unify(c.args().get(0), new Term.Num(-c.peer().policy()
                .room(c.peer().load(), c.peer().averageLoad(), c.peer().context().hypervisor().cores())))));
        r.register("migrate", 2, c -> {
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
        double room = partner == null ? need
                : p.policy().room(partner.load(), p.averageLoad(), partner.cores());
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
