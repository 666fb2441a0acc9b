package org.livemig.crosscheck;

import ch.qos.logback.classic.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.cloudsimplus.allocationpolicies.migration.VmAllocationPolicyMigrationBestFitStaticThreshold;
import org.cloudsimplus.brokers.DatacenterBrokerSimple;
import org.cloudsimplus.cloudlets.Cloudlet;
import org.cloudsimplus.cloudlets.CloudletSimple;
import org.cloudsimplus.core.CloudSimPlus;
import org.cloudsimplus.datacenters.DatacenterSimple;
import org.cloudsimplus.hosts.Host;
import org.cloudsimplus.hosts.HostSimple;
import org.cloudsimplus.resources.Pe;
import org.cloudsimplus.resources.PeSimple;
import org.cloudsimplus.schedulers.vm.VmSchedulerTimeShared;
import org.cloudsimplus.selectionpolicies.VmSelectionPolicyMinimumMigrationTime;
import org.cloudsimplus.util.Log;
import org.cloudsimplus.utilizationmodels.UtilizationModel;
import org.cloudsimplus.vms.Vm;
import org.cloudsimplus.vms.VmSimple;

/**
 * Runs the CloudSim Plus 8.5.7 side of a comparison: VmAllocationPolicyMigrationBestFitStaticThreshold with
 * VmSelectionPolicyMinimumMigrationTime, one never-ending cloudlet per VM following its {@link ReferenceWalk},
 * logging off, stopped with terminateAt at the span. Records every migration for {@link PlacementTimeline}.
 */
final class CloudSimThresholdRun {

    /**
     * A cloudlet length (MI) no VM finishes within any span here (10^15 MI at 1000 MIPS is 31 years). CloudSim
     * Plus's never-ending length (-1) makes the datacentre update every minimum time between events (0.1 s)
     * instead of every scheduling interval, a 50-fold slow-down; this length keeps the 5 s interval.
     */
    static final long NEVER_ENDING = 1_000_000_000_000_000L;

    private CloudSimThresholdRun() {}

    /** What a run gave. */
    record Outcome(
            int createdVms,
            long migrationsStarted,
            long migrationsFinished,
            PlacementTimeline timeline,
            double wallS) {}

    static Outcome run(CloudSimSetting s, ReferenceWalk walk) {
        long start = System.nanoTime();
        Log.setLevel(Level.valueOf(System.getProperty("cloudsim.log", "OFF")));
        CloudSimPlus sim = new CloudSimPlus() {
            @Override
            public int hashCode() {
                // hosts and VMs hash with their simulation's hash, identity by default, so the order of the policy's
                // migration map (a HashMap of VM to host) changed from one JVM to the next and with it every result
                return 1;
            }
        };
        List<Host> hosts = new ArrayList<>();
        for (int h = 0; h < s.hosts(); h++) {
            List<Pe> pes = new ArrayList<>();
            for (int p = 0; p < s.pesPerHost(); p++) {
                pes.add(new PeSimple(s.mipsPerPe()));
            }
            Host host = new HostSimple(s.hostRamMb(), s.hostBwMbps(), 1_000_000, pes);
            host.setVmScheduler(
                    s.vcpuOvercommit() > 1
                            ? new OverSubscribingVmScheduler(s.vcpuOvercommit())
                            : new VmSchedulerTimeShared());
            hosts.add(host);
        }
        int[] placement = s.placement() != null ? s.placement() : randomPlacement(s);
        var policy =
                new VmAllocationPolicyMigrationBestFitStaticThreshold(
                        new VmSelectionPolicyMinimumMigrationTime(), s.upperThreshold()) {
                    @Override
                    public org.cloudsimplus.hosts.HostSuitability allocateHostForVm(Vm vm) {
                        // the initial placement is given (livemig's, or uniform); migrations choose by best fit
                        return vm.isCreated()
                                ? super.allocateHostForVm(vm)
                                : allocateHostForVm(vm, getHostList().get(placement[(int) vm.getId()]));
                    }

                    @Override
                    protected Optional<Host> defaultFindHostForVm(Vm vm) {
                        if (!s.placeByCurrentDemand()) {
                            return super.defaultFindHostForVm(vm);
                        }
                        // Beloglazov's CloudSim 3 (PowerVmAllocationPolicyMigrationAbstract) and livemig: a target must
                        // stay at or below the threshold with the VM's current demand; CloudSim Plus 8.5.7 tests a copy
                        // of the VM, which requests its full capacity
                        double now = sim.clock();
                        double need = demandMips(vm, now);
                        return getHostList().stream()
                                .filter(h -> !h.equals(vm.getHost()) && h.isSuitableForVm(vm))
                                .filter(h -> (hostDemandMips(h, now) + need) / h.getTotalMipsCapacity()
                                        <= s.upperThreshold())
                                .max(Comparator.comparingDouble(h -> hostDemandMips(h, now)));
                    }

                    private double demandMips(Vm vm, double now) {
                        return vm.getId() < 0 ? 0 : walk.share((int) vm.getId(), now) * vm.getTotalMipsCapacity();
                    }

                    private double hostDemandMips(Host h, double now) {
                        double sum = 0;
                        for (Vm v : h.getVmList()) {
                            sum += demandMips(v, now);
                        }
                        for (Vm v : h.getVmsMigratingIn()) {
                            sum += h.getVmList().contains(v) ? 0 : demandMips(v, now);
                        }
                        return sum;
                    }

                    @Override
                    public boolean isUnderloaded(Host host) {
                        // CloudSim Plus refuses a threshold of 0; 0 here means no under-load consolidation at all
                        return s.underThreshold() > 0 && super.isUnderloaded(host);
                    }
                };
        if (s.underThreshold() > 0) {
            policy.setUnderUtilizationThreshold(s.underThreshold());
        }
        DatacenterSimple dc = new DatacenterSimple(sim, hosts, policy);
        dc.setSchedulingInterval(s.schedulingIntervalS());
        dc.setBandwidthPercentForMigration(s.migrationBandwidthShare());
        DatacenterBrokerSimple broker = new DatacenterBrokerSimple(sim);
        PlacementTimeline timeline = new PlacementTimeline(placement, s.hosts());
        long[] started = new long[1];
        List<Vm> vms = new ArrayList<>();
        List<Cloudlet> cloudlets = new ArrayList<>();
        for (int i = 0; i < s.vms(); i++) {
            Vm vm = new VmSimple(i, s.mipsPerPe(), 1);
            vm.setRam(s.vmRamMb()).setBw(1).setSize(1000);
            Host[] source = new Host[1];
            vm.addOnMigrationStartListener(info -> {
                started[0]++;
                source[0] = info.getVm().getHost();
            });
            vm.addOnMigrationFinishListener(info -> {
                timeline.moved((int) info.getVm().getId(), (int) info.getHost().getId(), info.getTime());
                if (s.placeByCurrentDemand() && source[0] != null) {
                    // CloudSim Plus 8.5.7 leaves some finished migrations in the source's migrating-out set, and
                    // its policy never again looks at a host with one (getOverloadedHosts)
                    source[0].removeVmMigratingOut(info.getVm());
                }
            });
            vms.add(vm);
            Cloudlet c = new CloudletSimple(i, NEVER_ENDING, 1);
            c.setUtilizationModelCpu(new WalkUtilizationModel(walk, i));
            c.setUtilizationModelRam(UtilizationModel.NULL);
            c.setUtilizationModelBw(UtilizationModel.NULL);
            c.setVm(vm);
            cloudlets.add(c);
        }
        broker.submitVmList(vms);
        broker.submitCloudletList(cloudlets);
        sim.terminateAt(s.spanS());
        sim.start();
        int created = broker.getVmCreatedList().size();
        return new Outcome(created, started[0], timeline.migrations(), timeline, (System.nanoTime() - start) / 1e9);
    }

    /** Each VM on a host drawn uniformly at random among those its PEs and RAM still fit on. */
    private static int[] randomPlacement(CloudSimSetting s) {
        Random random = new Random(s.seed());
        int[] pes = new int[s.hosts()];
        long[] ram = new long[s.hosts()];
        int[] placement = new int[s.vms()];
        for (int vm = 0; vm < s.vms(); vm++) {
            int h;
            int tries = 0;
            do {
                h = random.nextInt(s.hosts());
                if (++tries > 1000 * s.hosts()) {
                    throw new IllegalArgumentException(s.vms() + " VMs do not fit on " + s.hosts() + " hosts");
                }
            } while (pes[h] + 1 > s.vcpuOvercommit() * s.pesPerHost() || ram[h] + s.vmRamMb() > s.hostRamMb());
            pes[h]++;
            ram[h] += s.vmRamMb();
            placement[vm] = h;
        }
        return placement;
    }
}
