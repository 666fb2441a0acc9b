package org.livemig.strategy.choice;

import java.util.List;
import org.livemig.core.hypervisor.VmState;
import org.livemig.core.protocol.PmInfo;
import org.livemig.core.protocol.VmInfo;

/**
 * Which VMs may move (thesis 3.3, Figures 3.2 and 3.3): a VM must fit the destination's memory and cores,
 * and the move must not make a new hotspot at the destination (Push) or a new coldspot at the source (Pull).
 */
public final class CandidateRules {

    private CandidateRules() {}

    /**
     * Whether {@code vm} fits a PM with {@code cores}, {@code freeMemoryMb} and VMs {@code resident}
     * whose vcpus may sum to {@code vcpuOvercommit} times its cores.
     */
    public static boolean fits(VmInfo vm, int cores, long freeMemoryMb, List<VmState> resident, double vcpuOvercommit) {
        int vcpus = vm.vcpus();
        for (VmState r : resident) {
            vcpus += r.vcpus();
        }
        return vm.vcpus() <= cores && vm.memoryMb() <= freeMemoryMb && vcpus <= cores * vcpuOvercommit;
    }

    /** Push candidate: the destination's predicted load after taking {@code vm} stays below the push threshold. */
    public static boolean keepsDestinationCool(PmInfo destination, VmInfo vm, double pushThreshold) {
        return (destination.load() + vm.load()) / destination.cores() < pushThreshold;
    }

    /** Pull candidate: the source's predicted load after giving {@code vm} stays above the pull threshold. */
    public static boolean keepsSourceWarm(PmInfo source, VmInfo vm, double pullThreshold) {
        return (source.load() - vm.load()) / source.cores() > pullThreshold;
    }
}
