package org.livemig.strategy.central;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.livemig.core.protocol.VmInfo;
import org.livemig.cost.PowerModel;
import org.livemig.cost.PreCopyMigrationCost;

/**
 * One round of a central manager (Beloglazov and Buyya 2012, section 5; CloudSim Plus
 * VmAllocationPolicyMigrationAbstract): VMs leave each overloaded host, minimum migration time first, until it
 * is not overloaded; they are placed in decreasing CPU order on hosts that stay below overload; then, when
 * consolidating, hosts are emptied in ascending utilisation when all their VMs fit elsewhere.
 */
final class CentralPlan {

    /** One planned live migration. */
    record Move(VmInfo vm, int source, int target) {}

    /** How a target host is chosen among those that fit. */
    enum Placement {
        /** The host with the highest utilisation after placing (CloudSim Plus best fit). */
        BEST_FIT,
        /** The host whose power rises least (Beloglazov and Buyya 2012, Algorithm 1, MBFD). */
        LEAST_POWER_INCREASE
    }

    private final OverloadDetection detection;
    private final Placement placement;
    private final PowerModel power;
    private final PreCopyMigrationCost cost;
    private final double rateMbps;

    CentralPlan(
            OverloadDetection detection,
            Placement placement,
            PowerModel power,
            PreCopyMigrationCost cost,
            double rateMbps) {
        this.detection = detection;
        this.placement = placement;
        this.power = power;
        this.cost = cost;
        this.rateMbps = rateMbps;
    }

    /** The moves of one round over {@code hosts} (by id; changed as moves are planned). */
    List<Move> plan(Map<Integer, HostView> hosts, boolean consolidate, Set<Integer> busyVms) {
        List<Move> moves = new ArrayList<>();
        Set<Integer> excluded = new HashSet<>();
        List<VmInfo> leaving = new ArrayList<>();
        List<Integer> leavingFrom = new ArrayList<>();
        for (HostView h : hosts.values()) {
            if (!detection.overloaded(h, 0)) {
                continue;
            }
            excluded.add(h.id);
            while (detection.overloaded(h, 0)) {
                VmInfo vm = minimumMigrationTime(h, busyVms);
                if (vm == null) {
                    break;
                }
                h.remove(vm);
                leaving.add(vm);
                leavingFrom.add(h.id);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < leaving.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -leaving.get(i).latestLoad())
                .thenComparing(i -> i));
        for (int i : order) {
            VmInfo vm = leaving.get(i);
            HostView source = hosts.get(leavingFrom.get(i));
            HostView target = target(hosts, vm, excluded);
            if (target == null) {
                source.add(vm);
                continue;
            }
            target.add(vm);
            moves.add(new Move(vm, source.id, target.id));
        }
        if (consolidate) {
            for (Move m : moves) {
                excluded.add(m.target());
            }
            consolidate(hosts, excluded, busyVms, moves);
        }
        return moves;
    }

    /** Empties hosts in ascending utilisation when every VM of one fits on the others (Beloglazov and Buyya 2012). */
    private void consolidate(
            Map<Integer, HostView> hosts, Set<Integer> excluded, Set<Integer> busyVms, List<Move> moves) {
        List<HostView> candidates = new ArrayList<>(hosts.values());
        candidates.sort(Comparator.comparingDouble(HostView::utilisation).thenComparingInt(h -> h.id));
        for (HostView h : candidates) {
            if (excluded.contains(h.id) || h.vms.isEmpty() || h.vms.stream().anyMatch(v -> busyVms.contains(v.id()))) {
                continue;
            }
            excluded.add(h.id);
            List<VmInfo> vms = new ArrayList<>(h.vms);
            vms.sort(Comparator.comparingDouble((VmInfo v) -> -v.latestLoad()).thenComparingInt(VmInfo::id));
            List<Move> planned = new ArrayList<>();
            for (VmInfo vm : vms) {
                HostView target = target(hosts, vm, excluded);
                if (target == null) {
                    break;
                }
                target.add(vm);
                planned.add(new Move(vm, h.id, target.id));
            }
            if (planned.size() == vms.size()) {
                for (Move m : planned) {
                    h.remove(m.vm());
                    excluded.add(m.target());
                }
                moves.addAll(planned);
            } else {
                for (Move m : planned) {
                    hosts.get(m.target()).remove(m.vm());
                }
            }
        }
    }

    /** The VM of {@code h} with the shortest predicted live migration (MMT), lowest id on a tie. */
    private VmInfo minimumMigrationTime(HostView h, Set<Integer> busyVms) {
        VmInfo best = null;
        double bestS = Double.POSITIVE_INFINITY;
        for (VmInfo vm : h.vms) {
            if (busyVms.contains(vm.id())) {
                continue;
            }
            double s =
                    cost.estimate(vm.memoryMb(), rateMbps, vm.dirtyRateMbps()).migrationTimeS();
            if (s < bestS || (s == bestS && vm.id() < best.id())) {
                best = vm;
                bestS = s;
            }
        }
        return best;
    }

    private HostView target(Map<Integer, HostView> hosts, VmInfo vm, Set<Integer> excluded) {
        HostView best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (HostView h : hosts.values()) {
            if (excluded.contains(h.id) || !h.fits(vm) || detection.overloaded(h, h.utilisationOf(vm))) {
                continue;
            }
            double after = h.utilisation() + h.utilisationOf(vm);
            double score = placement == Placement.BEST_FIT
                    ? after
                    : -(power.activeWatts(after) - power.activeWatts(h.utilisation()));
            if (score > bestScore) {
                best = h;
                bestScore = score;
            }
        }
        return best;
    }
}
