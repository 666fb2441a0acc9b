package org.livemig.crosscheck;

import org.cloudsimplus.schedulers.MipsShare;
import org.cloudsimplus.schedulers.vm.VmSchedulerTimeShared;
import org.cloudsimplus.vms.Vm;

/**
 * CloudSim Plus's time-shared VM scheduler with livemig's admission rule ({@code topology.vcpu_overcommit}): a
 * host takes a VM while the VMs' PEs sum to at most {@code overcommit} times its PEs, whatever MIPS they request;
 * VmSchedulerTimeShared alone admits a VM only when its full MIPS are free, so 500 one-PE VMs never fit on 190
 * two-PE hosts (380 PEs).
 */
final class OverSubscribingVmScheduler extends VmSchedulerTimeShared {

    private final int overcommit;

    OverSubscribingVmScheduler(int overcommit) {
        this.overcommit = overcommit;
    }

    @Override
    protected boolean isSuitableForVmInternal(Vm vm, MipsShare requestedMips) {
        long pes = 0;
        for (Vm resident : getHost().getVmList()) {
            if (resident != vm) {
                pes += resident.getPesNumber();
            }
        }
        return getHost().getWorkingPesNumber() >= requestedMips.pes()
                && pes + vm.getPesNumber() <= (long) overcommit * getHost().getWorkingPesNumber();
    }
}
