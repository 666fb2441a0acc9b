package org.livemig.strategy.agent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.livemig.core.hypervisor.VmState;
import org.livemig.core.prediction.Ewma;
import org.livemig.core.protocol.VmInfo;

/** Predicted (EWMA) CPU load and dirty rate of each VM on a PM (thesis 3.4.5, Table E-1). */
final class VmEstimates {

    private record Estimate(Ewma load, Ewma dirtyRate) {
    }

    private final double alpha;
    private final int warmup;
    private final Map<Integer, Estimate> byVm = new HashMap<>();
    private List<VmState> latest = List.of();

    VmEstimates(double alpha, int warmup) {
        this.alpha = alpha;
        this.warmup = warmup;
    }

    /** Folds in one sample of the VMs now on the PM; VMs that left are forgotten. */
    void update(List<VmState> vms) {
        latest = vms;
        if (!sameVms(vms)) {
            byVm.keySet().retainAll(vms.stream().map(VmState::id).toList());
        }
        for (VmState vm : vms) {
            Estimate e = byVm.computeIfAbsent(vm.id(), id -> new Estimate(new Ewma(alpha, warmup), new Ewma(alpha, warmup)));
            e.load().update(vm.cpuLoad());
            e.dirtyRate().update(vm.dirtyRateMbps());
        }
    }

    /** Whether the VMs (distinct ids) are exactly those estimated already: then none is forgotten. */
    private boolean sameVms(List<VmState> vms) {
        if (vms.size() != byVm.size()) {
            return false;
        }
        for (VmState vm : vms) {
            if (!byVm.containsKey(vm.id())) {
                return false;
            }
        }
        return true;
    }

    /** The VMs of the latest sample as protocol information, in id order. */
    List<VmInfo> infos() {
        List<VmInfo> out = new ArrayList<>(latest.size());
        for (VmState vm : latest) {
            out.add(info(vm));
        }
        out.sort((x, y) -> Integer.compare(x.id(), y.id()));
        return out;
    }

    private VmInfo info(VmState vm) {
        Estimate e = byVm.get(vm.id());
        double load = e == null ? vm.cpuLoad() : e.load().value();
        double dirty = e == null ? vm.dirtyRateMbps() : e.dirtyRate().value();
        return new VmInfo(vm.id(), vm.vcpus(), load, vm.cpuLoad(), vm.memoryMb(), dirty);
    }
}
