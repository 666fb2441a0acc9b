package org.livemig.libvirt.daemon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.livemig.core.hypervisor.VmState;
import org.livemig.core.measurement.DatacentreProbe;
import org.livemig.core.measurement.MigrationRecord;
import org.livemig.core.measurement.PmObservation;
import org.livemig.core.measurement.VmObservation;
import org.livemig.core.protocol.Message;
import org.livemig.core.protocol.MigrationReport;
import org.livemig.core.protocol.ProtocolMessages;
import org.livemig.core.runtime.Scheduler;
import org.livemig.core.runtime.Transport;
import org.livemig.libvirt.hypervisor.LibvirtHypervisor;

/**
 * A testbed's true state for the measurement point (SPEC 6): each PM's load, VMs and reachability read from its
 * own libvirt at every sample, and a migration logged when libvirt shows a VM on a new host. What libvirt on the
 * hosts cannot tell the measurement point (bytes sent by other hosts' agents, attempts, a migration's V_mig and
 * downtime) comes from the agents' cumulative counters and reports, taken at their highest value seen, so a
 * lost or late reply delays a count and never lowers or loses it.
 */
final class LibvirtProbe implements DatacentreProbe, Transport.Receiver, AutoCloseable {

    private final Scheduler scheduler;
    private final TreeMap<Integer, LibvirtHypervisor> hosts;
    private final Map<Integer, Integer> placement = new HashMap<>();
    private final Map<Integer, Double> lastSeenS = new HashMap<>();
    private final Map<Integer, Double> migrationStartS = new HashMap<>();
    private final Map<String, Message> acks = new HashMap<>();
    private final Map<Integer, long[]> counters = new HashMap<>();
    private final List<MigrationRecord> completed = new ArrayList<>();
    private List<VmObservation> vms = List.of();
    private long migrationsWithoutReport;

    LibvirtProbe(Scheduler scheduler, Map<Integer, LibvirtHypervisor> hosts) {
        this.scheduler = scheduler;
        this.hosts = new TreeMap<>(hosts);
    }

    /** Reads every host's libvirt now; the VMs and migrations seen are kept for {@link #vms()} and the log. */
    @Override
    public List<PmObservation> pms() {
        double now = scheduler.now();
        List<PmObservation> out = new ArrayList<>();
        List<VmObservation> seen = new ArrayList<>();
        for (LibvirtHypervisor hv : hosts.values()) {
            hv.sample();
            double demand = 0;
            for (VmState vm : hv.vms()) {
                demand += vm.cpuLoad();
                seen.add(new VmObservation(vm.id(), hv.pmId(), vm.cpuLoad(), migrationStartS.containsKey(vm.id())));
                moved(vm.id(), hv.pmId(), now);
            }
            out.add(new PmObservation(hv.pmId(), hv.reachable(), hv.cores(), hv.reportedLoad() / hv.cores(), demand));
        }
        vms = List.copyOf(seen);
        return out;
    }

    private void moved(int vm, int pm, double now) {
        Integer before = placement.put(vm, pm);
        if (before != null && before != pm) {
            Message ack = acks.remove(vm + "/" + pm);
            Double started = migrationStartS.remove(vm);
            double startS = started != null ? started : lastSeenS.getOrDefault(vm, now);
            if (ack == null) {
                migrationsWithoutReport++;
                completed.add(new MigrationRecord(startS, now, vm, before, pm, before, 0, now - startS, 0));
            } else {
                MigrationReport r = MigrationReport.fromContent(ack.content(), now);
                int initiator = ack.migrationIssuer() == Message.NONE ? before : ack.migrationIssuer();
                completed.add(new MigrationRecord(
                        r.startS(),
                        Math.max(r.startS(), r.endS()),
                        vm,
                        before,
                        pm,
                        Math.max(0, initiator),
                        r.migratedMb(),
                        Math.max(0, r.endS() - r.startS()),
                        r.downtimeS()));
            }
        }
        lastSeenS.put(vm, now);
    }

    @Override
    public List<VmObservation> vms() {
        return vms;
    }

    @Override
    public List<MigrationRecord> takeCompletedMigrations() {
        List<MigrationRecord> out = List.copyOf(completed);
        completed.clear();
        return out;
    }

    /** The agents' reports: counters (kept at their highest), migration starts and acknowledgements. */
    @Override
    public void onMessage(Message m) {
        switch (m.type()) {
            case MEASUREMENT_REPLY -> {
                if (m.pm() != null && m.source() >= 0) {
                    long[] c = counters.computeIfAbsent(m.source(), id -> new long[2]);
                    c[0] = Math.max(c[0], ProtocolMessages.attempts(m));
                    c[1] = Math.max(c[1], m.pm().trafficBytes());
                }
            }
            case MIGRATION -> {
                if (!m.vms().isEmpty()) {
                    migrationStartS.putIfAbsent(m.vms().get(0).id(), scheduler.now());
                }
            }
            case MIGRATION_ACK -> {
                if (!m.vms().isEmpty()) {
                    acks.put(m.vms().get(0).id() + "/" + m.migrationTarget(), m);
                }
            }
            default -> {}
        }
    }

    @Override
    public long attempts() {
        return counters.values().stream().mapToLong(c -> c[0]).sum();
    }

    /** Bytes the agents' transports counted as sent, each at its highest report (measurement replies excluded). */
    @Override
    public long protocolBytes() {
        return counters.values().stream().mapToLong(c -> c[1]).sum();
    }

    /** Not observable from here: 1 once any agent reported protocol traffic, else 0. */
    @Override
    public long protocolMessages() {
        return protocolBytes() > 0 ? 1 : 0;
    }

    /** Migrations libvirt showed whose agent's report never arrived (logged with V_mig and downtime 0). */
    long migrationsWithoutReport() {
        return migrationsWithoutReport;
    }

    @Override
    public void close() {
        hosts.values().forEach(LibvirtHypervisor::close);
    }
}
