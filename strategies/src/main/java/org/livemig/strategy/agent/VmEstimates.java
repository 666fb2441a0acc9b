package org.livemig.strategy.agent;

import java.util.ArrayList;
import java.util.List;
import org.livemig.core.hypervisor.VmState;
import org.livemig.core.prediction.Ewma;
import org.livemig.core.protocol.VmInfo;

/** Predicted (EWMA) CPU load and dirty rate of each VM on a PM (thesis 3.4.5, Table E-1). */
final class VmEstimates {

    private record Estimate(int vm, Ewma load, Ewma dirtyRate) {}

    private final double alpha;
    private final int warmup;
    private List<VmState> latest = List.of();
    /** The estimate of each VM of {@link #latest}, at the same index. */
    private Estimate[] estimates = new Estimate[0];
    /** {@link #infos()} since the last update, or null: a PM answers every HOTSPOT and STEAL_BROADCAST with it. */
    private List<VmInfo> infos;

    VmEstimates(double alpha, int warmup) {
        this.alpha = alpha;
        this.warmup = warmup;
    }

    /** Folds in one sample of the VMs now on the PM; VMs that left are forgotten. */
    void update(List<VmState> vms) {
        if (!sameVmsInOrder(vms)) {
            Estimate[] kept = new Estimate[vms.size()];
            for (int i = 0; i < kept.length; i++) {
                int id = vms.get(i).id();
                Estimate e = find(id);
                kept[i] = e != null ? e : new Estimate(id, new Ewma(alpha, warmup), new Ewma(alpha, warmup));
            }
            estimates = kept;
        }
        latest = vms;
        infos = null;
        for (int i = 0; i < estimates.length; i++) {
            VmState vm = vms.get(i);
            estimates[i].load().update(vm.cpuLoad());
            estimates[i].dirtyRate().update(vm.dirtyRateMbps());
        }
    }

    /** Whether {@code vms} are the VMs of the previous sample in the same order (the usual case). */
    private boolean sameVmsInOrder(List<VmState> vms) {
        if (vms.size() != estimates.length) {
            return false;
        }
        for (int i = 0; i < estimates.length; i++) {
            if (vms.get(i).id() != estimates[i].vm()) {
                return false;
            }
        }
        return true;
    }

    private Estimate find(int vm) {
        for (Estimate e : estimates) {
            if (e.vm() == vm) {
                return e;
            }
        }
        return null;
    }

    /** The VMs of the latest sample as protocol information, in id order (unmodifiable). */
    List<VmInfo> infos() {
        if (infos == null) {
            List<VmInfo> out = new ArrayList<>(latest.size());
            for (int i = 0; i < latest.size(); i++) {
                out.add(info(latest.get(i), estimates[i]));
            }
            out.sort((x, y) -> Integer.compare(x.id(), y.id()));
            infos = List.copyOf(out);
        }
        return infos;
    }

    private static VmInfo info(VmState vm, Estimate e) {
        return new VmInfo(
                vm.id(),
                vm.vcpus(),
                e.load().value(),
                vm.cpuLoad(),
                vm.memoryMb(),
                e.dirtyRate().value());
    }
}
