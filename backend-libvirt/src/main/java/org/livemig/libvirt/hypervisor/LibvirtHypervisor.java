package org.livemig.libvirt.hypervisor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.DomainInfo;
import org.libvirt.LibvirtException;
import org.libvirt.NodeInfo;
import org.livemig.core.hypervisor.HypervisorView;
import org.livemig.core.hypervisor.MigrationResult;
import org.livemig.core.hypervisor.VmState;
import org.livemig.core.prediction.LinuxLoadAverage;
import org.livemig.core.runtime.Scheduler;

/**
 * A PM's {@link HypervisorView} over libvirt. Domains named with a trailing number ({@code vm12}) are the
 * PM's VMs, with that number as VM id; other domains are ignored. Every {@code loadSampleIntervalS} it
 * samples, on the scheduler's thread, each running domain's vcpus, memory and CPU time; a domain's CPU load
 * is its CPU-time delta over the wall-time delta, in cores. The PM's reported load is the host's load
 * average ({@link LoadSource#HOST}) or the sum of its domains' loads smoothed by a {@link LinuxLoadAverage}
 * ({@link LoadSource#DOMAINS}), times the hypervisor factor.
 *
 * <p>Dirty rate: libvirt measures it only during a migration job; the rate seen by the last completed
 * migration of a VM is kept for it, and a VM never migrated from here reports the configured fallback.
 *
 * <p>Migrations run with {@code virDomainMigrate} (live, persistent on the destination, undefined on the
 * source; peer-to-peer optionally) on a background thread; the listener is called on the scheduler's thread.
 * If libvirt fails, QEMU keeps the VM running on the source and the listener's {@code failed} is called.
 */
public final class LibvirtHypervisor implements HypervisorView, AutoCloseable {

    private static final Pattern VM_ID = Pattern.compile("(\\d+)$");

    private final LibvirtSettings settings;
    private final Scheduler scheduler;
    private final Connect connection;
    private final int cores;
    private final long memoryMb;
    private final LinuxLoadAverage loadAverage;
    private final ExecutorService migrations;
    private final Map<Integer, Long> previousCpuNs = new HashMap<>();
    private final Map<Integer, Double> measuredDirtyRate = new HashMap<>();
    private final Map<Integer, String> names = new HashMap<>();
    private List<VmState> vms = List.of();
    private long previousSampleNs;
    private double hostLoad;
    private String lastSampleError;
    private Scheduler.Cancellable sampling;

    private LibvirtHypervisor(LibvirtSettings settings, Scheduler scheduler, Connect connection, NodeInfo node) {
        this.settings = settings;
        this.scheduler = scheduler;
        this.connection = connection;
        this.cores = settings.coresOverride() > 0 ? settings.coresOverride() : Math.max(1, node.cpus);
        this.memoryMb = settings.memoryOverrideMb() > 0 ? settings.memoryOverrideMb() : node.memory / 1024;
        this.loadAverage = new LinuxLoadAverage(settings.loadSampleIntervalS(), settings.loadWindowS());
        this.migrations = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "migrate-pm" + settings.pmId());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Connects to the PM's hypervisor and takes a first sample.
     *
     * @throws LibvirtConnectionException with one line naming the URI if libvirt cannot be reached
     */
    public static LibvirtHypervisor connect(LibvirtSettings settings, Scheduler scheduler)
            throws LibvirtConnectionException {
        Connect c;
        try {
            c = new Connect(settings.uri());
        } catch (LibvirtException | RuntimeException | UnsatisfiedLinkError e) {
            throw new LibvirtConnectionException(
                    "cannot connect to libvirt at " + settings.uri() + ": " + LibvirtErrors.oneLine(e));
        }
        try {
            LibvirtHypervisor h = new LibvirtHypervisor(settings, scheduler, c, c.nodeInfo());
            h.sample();
            return h;
        } catch (LibvirtException e) {
            closeQuietly(c);
            throw new LibvirtConnectionException(
                    "cannot read the node of " + settings.uri() + ": " + LibvirtErrors.oneLine(e));
        }
    }

    /** Samples now and every {@code loadSampleIntervalS} after, on the scheduler's thread. */
    public void startSampling() {
        sampling = scheduler.schedule(settings.loadSampleIntervalS(), () -> {
            sample();
            startSampling();
        });
    }

    /** Reads every running domain and updates the loads; a libvirt failure keeps the previous values. */
    public void sample() {
        long nowNs = System.nanoTime();
        double elapsedNs = previousSampleNs == 0 ? 0 : nowNs - previousSampleNs;
        List<VmState> current = new ArrayList<>();
        Map<Integer, Long> cpuNs = new HashMap<>();
        Map<Integer, String> currentNames = new HashMap<>();
        double sum = 0;
        try {
            for (int domainId : connection.listDomains()) {
                Domain d;
                String name;
                DomainInfo info;
                try {
                    d = connection.domainLookupByID(domainId);
                    name = d.getName();
                    info = d.getInfo();
                } catch (LibvirtException gone) {
                    continue; // the domain ended or left between listing and lookup
                }
                Matcher m = VM_ID.matcher(name);
                if (!m.find()) {
                    continue;
                }
                int vm = Integer.parseInt(m.group(1));
                Long before = previousCpuNs.get(vm);
                double load = before == null || elapsedNs <= 0 ? 0 : Math.max(0, (info.cpuTime - before) / elapsedNs);
                sum += load;
                cpuNs.put(vm, info.cpuTime);
                currentNames.put(vm, name);
                current.add(new VmState(
                        vm,
                        info.nrVirtCpu,
                        info.memory / 1024,
                        load,
                        measuredDirtyRate.getOrDefault(vm, settings.fallbackDirtyRateMbps())));
            }
        } catch (LibvirtException e) {
            String line =
                    "pm" + settings.pmId() + ": cannot sample " + settings.uri() + ": " + LibvirtErrors.oneLine(e);
            if (!line.equals(lastSampleError)) {
                System.err.println(line);
                lastSampleError = line;
            }
            return;
        }
        lastSampleError = null;
        previousSampleNs = nowNs;
        previousCpuNs.clear();
        previousCpuNs.putAll(cpuNs);
        names.clear();
        names.putAll(currentNames);
        vms = List.copyOf(current);
        if (elapsedNs > 0) {
            loadAverage.update(sum);
        }
        if (settings.loadSource() == LoadSource.HOST) {
            hostLoad = readHostLoadAverage(settings.loadWindowS(), hostLoad);
        }
    }

    /** The field of /proc/loadavg nearest to the window: 1, 5 or 15 minutes. */
    static double readHostLoadAverage(double windowS, double previous) {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            int field = windowS <= 150 ? 0 : windowS <= 600 ? 1 : 2;
            return Double.parseDouble(f[field]);
        } catch (IOException | RuntimeException e) {
            return previous;
        }
    }

    /** Whether the last sample read libvirt (false: the host or its daemon is unreachable). */
    public boolean reachable() {
        return lastSampleError == null;
    }

    @Override
    public int pmId() {
        return settings.pmId();
    }

    @Override
    public int cores() {
        return cores;
    }

    @Override
    public long memoryTotalMb() {
        return memoryMb;
    }

    @Override
    public long memoryUsedMb() {
        return vms.stream().mapToLong(VmState::memoryMb).sum();
    }

    @Override
    public double reportedLoad() {
        double load = settings.loadSource() == LoadSource.HOST ? hostLoad : loadAverage.value();
        return load * settings.loadFactor();
    }

    @Override
    public List<VmState> vms() {
        return vms;
    }

    @Override
    public double migrationRateMbps() {
        return settings.migrationRateMbps();
    }

    @Override
    public void startMigration(int vmId, int destination, MigrationListener listener) {
        startMigration(vmId, destination, settings.pmId(), listener);
    }

    @Override
    public void startMigration(int vmId, int destination, int initiator, MigrationListener listener) {
        MigrationTarget target = settings.targets().get(destination);
        String name = names.get(vmId);
        double start = scheduler.now();
        if (target == null || name == null) {
            String reason = target == null ? "no libvirt URI for PM " + destination : "VM " + vmId + " is not here";
            scheduler.schedule(0, () -> listener.failed(reason));
            return;
        }
        System.err.printf(
                "pm%d: live-migrating %s to PM %d (%s)%n", settings.pmId(), name, destination, target.libvirtUri());
        migrations.execute(() -> {
            try {
                CompletedJob job = migrate(name, target);
                scheduler.schedule(0, () -> finished(vmId, destination, initiator, start, job, listener));
            } catch (LibvirtException | RuntimeException e) {
                String reason =
                        "migration of " + name + " to PM " + destination + " failed: " + LibvirtErrors.oneLine(e);
                System.err.println("pm" + settings.pmId() + ": " + reason);
                scheduler.schedule(0, () -> listener.failed(reason));
            }
        });
    }

    /** Runs on the migration thread, with connections of its own. */
    private CompletedJob migrate(String name, MigrationTarget target) throws LibvirtException {
        Connect source = new Connect(settings.uri());
        try {
            Domain domain = source.domainLookupByName(name);
            long flags =
                    Domain.MigrateFlags.LIVE | Domain.MigrateFlags.PERSIST_DEST | Domain.MigrateFlags.UNDEFINE_SOURCE;
            if (settings.peerToPeer()) {
                domain.migrateToURI(target.libvirtUri(), flags | Domain.MigrateFlags.PEER2PEER, null, 0);
                Connect dest = new Connect(target.libvirtUri());
                try {
                    return CompletedJob.of(dest.domainLookupByName(name));
                } finally {
                    closeQuietly(dest);
                }
            }
            Connect dest = new Connect(target.libvirtUri());
            try {
                Domain moved = domain.migrate(dest, flags, null, target.migrateUri(), 0);
                return CompletedJob.of(moved);
            } finally {
                closeQuietly(dest);
            }
        } finally {
            closeQuietly(source);
        }
    }

    private void finished(
            int vmId, int destination, int initiator, double start, CompletedJob job, MigrationListener listener) {
        long memory = 0;
        List<VmState> remaining = new ArrayList<>();
        for (VmState v : vms) {
            if (v.id() == vmId) {
                memory = v.memoryMb();
            } else {
                remaining.add(v);
            }
        }
        vms = List.copyOf(remaining);
        names.remove(vmId);
        previousCpuNs.remove(vmId);
        if (Double.isFinite(job.dirtyRateMbps())) {
            measuredDirtyRate.put(vmId, job.dirtyRateMbps());
        }
        double migrated = Double.isFinite(job.processedMb()) ? job.processedMb() : memory;
        double downtime = Double.isFinite(job.downtimeS()) ? job.downtimeS() : 0;
        System.err.printf(
                "pm%d: vm%d now on PM %d after %.2f s (%.1f MB sent, %.3f s down)%n",
                settings.pmId(), vmId, destination, scheduler.now() - start, migrated, downtime);
        listener.completed(new MigrationResult(
                vmId, settings.pmId(), destination, start, scheduler.now(), migrated, downtime, initiator));
    }

    /** The dirty rate recorded for a VM by its last migration from here, if any (MB/s). */
    public Double measuredDirtyRateMbps(int vmId) {
        return measuredDirtyRate.get(vmId);
    }

    @Override
    public void close() {
        if (sampling != null) {
            sampling.cancel();
        }
        migrations.shutdownNow();
        closeQuietly(connection);
    }

    private static void closeQuietly(Connect c) {
        try {
            c.close();
        } catch (LibvirtException | RuntimeException ignored) {
            // closing a dead connection
        }
    }
}
