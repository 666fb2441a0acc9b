package org.livemig.libvirt.daemon;

import java.io.IOException;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.livemig.core.measurement.MeasurementPoint;
import org.livemig.libvirt.clock.WallClockScheduler;
import org.livemig.libvirt.hypervisor.LibvirtConnectionException;
import org.livemig.libvirt.hypervisor.LibvirtHypervisor;
import org.livemig.libvirt.hypervisor.LibvirtSettings;
import org.livemig.libvirt.hypervisor.LoadSource;
import org.livemig.libvirt.net.TransportCounters;
import org.livemig.libvirt.net.UdpTransport;
import org.livemig.results.RunResult;
import org.livemig.results.RunResultAssembler;
import org.livemig.results.RunResultWriter;
import org.livemig.scenario.Scenario;

/**
 * The measurement point on a real cluster: runs {@link MeasurementPoint} for a duration, reading each PM's libvirt
 * ({@link LibvirtProbe}) and the agents' counters over UDP, and writes the same result directory as a simulation
 * run, so {@code plot} can show both.
 */
public final class MeasurementDaemon {

    private MeasurementDaemon() {}

    /**
     * Runs for the configured duration (the scenario's {@code duration_s} if none) and writes the results.
     *
     * @param out result directory; null uses the configuration's {@code out}, else runs/NAME-testbed
     * @return the result written
     * @throws ConfigException if the address cannot be bound
     * @throws IOException if the results cannot be written, or (after writing them) if a sample failed
     */
    public static RunResult run(NodeConfig c, Path out) throws ConfigException, IOException, InterruptedException {
        Scenario s = c.scenario();
        double duration = c.durationS() > 0 ? c.durationS() : s.durationS();
        Path dir = out != null ? out : c.out() != null ? c.out() : Path.of("runs", s.name() + "-testbed");
        long startNs = System.nanoTime();
        AtomicLong failures = new AtomicLong();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        try (WallClockScheduler scheduler = new WallClockScheduler("measurement", c.clockOriginMs(), e -> {
            failures.incrementAndGet();
            firstFailure.compareAndSet(null, String.valueOf(e));
            System.err.println("measurement: " + e);
        })) {
            UdpTransport transport;
            try {
                transport = UdpTransport.open(ConfiguredCluster.transport(c), scheduler);
            } catch (SocketException e) {
                throw new ConfigException(c.file() + ": key 'bind': " + e.getMessage());
            }
            try (transport;
                    LibvirtProbe probe = probe(c, scheduler)) {
                MeasurementPoint mp =
                        new MeasurementPoint(scheduler, transport, probe, RunResultAssembler.measurementSettings(s));
                transport.start(probe);
                scheduler.execute(mp::start);
                Thread.sleep(Math.round(duration * 1000));
                CompletableFuture<RunResult> result = new CompletableFuture<>();
                scheduler.execute(() -> {
                    mp.finish(scheduler.now());
                    result.complete(result(c, mp, probe, duration, transport.counters(), startNs));
                });
                RunResult r = result.get(30, TimeUnit.SECONDS);
                RunResultWriter.write(dir, r);
                if (failures.get() > 0) {
                    // The samples went on (MeasurementPoint requests again whatever a sample does), but a
                    // run with failed samples must not look like a clean one.
                    throw new IOException("the measurement point failed " + failures.get() + " time(s), first: "
                            + firstFailure.get() + "; results written to " + dir);
                }
                return r;
            } catch (ExecutionException | TimeoutException e) {
                throw new IOException("the measurement point did not stop: " + e.getMessage());
            }
        }
    }

    /** Connects to the libvirt of every PM the configuration lists. */
    private static LibvirtProbe probe(NodeConfig c, WallClockScheduler scheduler) throws ConfigException {
        Scenario s = c.scenario();
        Map<Integer, LibvirtHypervisor> hosts = new TreeMap<>();
        for (PeerConfig p : c.peers()) {
            if (p.id() < 0 || p.libvirtUri() == null) {
                continue;
            }
            LibvirtSettings settings = new LibvirtSettings(
                    p.id(),
                    p.libvirtUri(),
                    c.cores(),
                    0,
                    LoadSource.DOMAINS,
                    s.negotiation().loadSampleIntervalS(),
                    s.negotiation().loadAverageWindowS(),
                    c.loadFactor(),
                    s.topology().linkMbitps() / 8,
                    s.topology().vmDirtyRateMbps(),
                    false,
                    Map.of());
            try {
                hosts.put(p.id(), LibvirtHypervisor.connect(settings, scheduler));
            } catch (LibvirtConnectionException e) {
                hosts.values().forEach(LibvirtHypervisor::close);
                throw new ConfigException(c.file() + ": peer " + p.id() + " key 'libvirt_uri': " + e.getMessage());
            }
        }
        return new LibvirtProbe(scheduler, hosts);
    }

    private static RunResult result(
            NodeConfig c,
            MeasurementPoint mp,
            LibvirtProbe probe,
            double duration,
            TransportCounters counters,
            long startNs) {
        Map<String, Object> backendKeys = new LinkedHashMap<>();
        backendKeys.put("backend", "libvirt");
        backendKeys.put("datagrams_accepted", counters.accepted());
        backendKeys.put("datagrams_dropped", counters.dropped());
        backendKeys.put("migrations_without_report", probe.migrationsWithoutReport());
        int pms = (int) c.peers().stream().filter(p -> p.id() >= 0).count();
        // A testbed loses no VMs: overload failure is a simulated effect only.
        int vmsAtEnd = c.scenario().topology().vms();
        return RunResultAssembler.assemble(
                c.scenario(),
                mp,
                new RunResultAssembler.BackendFacts(
                        pms, duration, 0, (System.nanoTime() - startNs) / 1e9, vmsAtEnd, backendKeys));
    }
}
