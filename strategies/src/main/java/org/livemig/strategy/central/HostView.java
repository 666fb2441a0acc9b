package org.livemig.strategy.central;

import java.util.ArrayList;
import java.util.List;
import org.livemig.core.protocol.PmInfo;
import org.livemig.core.protocol.VmInfo;

/**
 * The central manager's picture of one PM, from its latest STATUS_REPORT, changed as the manager plans moves in
 * one round: the VMs it believes are there and the CPU (in cores), memory and vCPUs they take.
 */
final class HostView {

    final int id;
    final int cores;
    final long memoryMb;
    final int maxVcpus;
    final List<VmInfo> vms;
    final List<Double> history;
    double loadCores;
    long memoryUsedMb;
    int vcpusUsed;

    HostView(PmInfo pm, List<VmInfo> vms, int maxVcpus, List<Double> history) {
        this.id = pm.id();
        this.cores = pm.cores();
        this.memoryMb = pm.memoryTotalMb();
        this.maxVcpus = maxVcpus;
        this.vms = new ArrayList<>(vms);
        this.history = history;
        this.loadCores = pm.latestLoad();
        this.memoryUsedMb = pm.memoryUsedMb();
        for (VmInfo vm : vms) {
            vcpusUsed += vm.vcpus();
        }
    }

    /** CPU utilisation the manager believes, the reported load over cores. */
    double utilisation() {
        return loadCores / cores;
    }

    /** The utilisation {@code vm} adds here. */
    double utilisationOf(VmInfo vm) {
        return vm.latestLoad() / cores;
    }

    boolean fits(VmInfo vm) {
        return memoryUsedMb + vm.memoryMb() <= memoryMb && vcpusUsed + vm.vcpus() <= maxVcpus;
    }

    void add(VmInfo vm) {
        vms.add(vm);
        loadCores += vm.latestLoad();
        memoryUsedMb += vm.memoryMb();
        vcpusUsed += vm.vcpus();
    }

    void remove(VmInfo vm) {
        vms.remove(vm);
        loadCores = Math.max(0, loadCores - vm.latestLoad());
        memoryUsedMb -= vm.memoryMb();
        vcpusUsed -= vm.vcpus();
    }
}
