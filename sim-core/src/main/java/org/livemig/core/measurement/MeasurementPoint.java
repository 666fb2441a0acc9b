package org.livemig.core.measurement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.livemig.core.protocol.Message;
import org.livemig.core.protocol.MigrationReport;
import org.livemig.core.protocol.PmInfo;
import org.livemig.core.protocol.ProtocolMessages;
import org.livemig.core.runtime.Scheduler;
import org.livemig.core.runtime.Transport;
import org.livemig.entropy.LoadBalanceEntropy;
import org.livemig.entropy.NormalisedLoad;
import org.livemig.entropy.SystemLoad;

/**
 * The measurement point (thesis 3.2, server.py): a node that broadcasts MEASUREMENT_REQUEST every interval,
 * and from the replies and the MIGRATION_ACKs it receives records system performance, system load, per-PM
 * load, attempts, migrations and overhead traffic. It learns everything through protocol messages, so it
 * works the same in the simulation and on a testbed.
 */
public final class MeasurementPoint implements Transport.Receiver {

    /** Intervals after which a PM that stopped replying counts as off. */
    private static final int SILENT_INTERVALS_BEFORE_OFF = 3;

    private record Report(PmInfo pm, long attempts, double receivedS) {
    }

    private final Scheduler scheduler;
    private final Transport transport;
    private final double intervalS;
    private final ReportsById latest = new ReportsById();
    private final ReportsById previous = new ReportsById();
    private final Set<String> seenMigrations = new HashSet<>();
    private final List<MetricsSample> metrics = new ArrayList<>();
    private final List<PmLoadSample> pmLoads = new ArrayList<>();
    private final List<AgentViewSample> agentViews = new ArrayList<>();
    private final java.util.Map<Integer, double[]> latestViews = new java.util.HashMap<>();
    private final List<MigrationRecord> migrations = new ArrayList<>();
    private long migrationsInInterval;

    public MeasurementPoint(Scheduler scheduler, Transport transport, double intervalS) {
        if (!(intervalS > 0)) {
            throw new IllegalArgumentException("measurement interval must be > 0, got " + intervalS);
        }
        this.scheduler = scheduler;
        this.transport = transport;
        this.intervalS = intervalS;
    }

    /** Sends the first request now and one every interval after. */
    public void start() {
        request();
    }

    private void request() {
        transport.send(ProtocolMessages.measurementRequest());
        scheduler.schedule(intervalS, () -> {
            try {
                closeInterval();
            } finally {
                request(); // a sample that fails must not end the measurement (issue 14)
            }
        });
    }

    @Override
    public void onMessage(Message m) {
        switch (m.type()) {
            case MEASUREMENT_REPLY -> {
                if (m.pm() != null) {
                    latest.put(m.source(), new Report(m.pm(), ProtocolMessages.attempts(m), scheduler.now()));
                    double[] view = ProtocolMessages.view(m);
                    if (view != null) {
                        latestViews.put(m.source(), view);
                    }
                }
            }
            case MIGRATION_ACK -> recordMigration(m);
            default -> { }
        }
    }

    private void recordMigration(Message m) {
        if (m.vms().isEmpty() || !seenMigrations.add(m.migrationId() + "/" + m.vms().get(0).id() + "/" + m.source())) {
            return;
        }
        MigrationReport r = MigrationReport.fromContent(m.content(), scheduler.now());
        int initiator = m.migrationIssuer() == Message.NONE ? m.source() : m.migrationIssuer();
        migrations.add(new MigrationRecord(r.startS(), r.endS(), m.vms().get(0).id(), m.source(),
                m.migrationTarget(), initiator, r.migratedMb(), r.endS() - r.startS(), r.downtimeS()));
        migrationsInInterval++;
    }

    /** Records one sample from the latest report of every PM that is on. */
    private void closeInterval() {
        double now = scheduler.now();
        List<Report> on = new ArrayList<>();
        for (Report r : latest.inIdOrder()) {
            if (now - r.receivedS() <= SILENT_INTERVALS_BEFORE_OFF * intervalS) {
                on.add(r);
            }
        }
        double[] loads = new double[on.size()];
        long attempts = 0;
        long bytes = 0;
        for (int i = 0; i < on.size(); i++) {
            PmInfo pm = on.get(i).pm();
            loads[i] = NormalisedLoad.of(pm.latestLoad(), pm.cores());
            pmLoads.add(new PmLoadSample(now, pm.id(), loads[i]));
            double[] view = latestViews.get(pm.id());
            if (view != null) {
                agentViews.add(new AgentViewSample(now, pm.id(), view[0], view[1]));
            }
            Report before = previous.get(pm.id());
            attempts += on.get(i).attempts() - (before == null ? 0 : before.attempts());
            bytes += pm.trafficBytes() - (before == null ? 0 : before.pm().trafficBytes());
        }
        previous.copyOf(latest);
        metrics.add(new MetricsSample(now, LoadBalanceEntropy.of(loads), on.isEmpty() ? 0 : SystemLoad.mean(loads),
                on.size(), attempts, migrationsInInterval, bytes));
        migrationsInInterval = 0;
    }

    /**
     * The latest report of each node, by id, read in ascending id order (as a {@code TreeMap} would): PM ids
     * index an array, other (negative) ids sit in a tree. A thousand PMs reply every interval.
     */
    private static final class ReportsById {
        private Report[] byPm = new Report[16];
        private final TreeMap<Integer, Report> others = new TreeMap<>();

        void put(int id, Report report) {
            if (id < 0) {
                others.put(id, report);
                return;
            }
            if (id >= byPm.length) {
                byPm = Arrays.copyOf(byPm, Math.max(id + 1, byPm.length * 2));
            }
            byPm[id] = report;
        }

        Report get(int id) {
            return id < 0 ? others.get(id) : id < byPm.length ? byPm[id] : null;
        }

        List<Report> inIdOrder() {
            List<Report> out = new ArrayList<>(others.values());
            for (Report r : byPm) {
                if (r != null) {
                    out.add(r);
                }
            }
            return out;
        }

        /** Becomes a copy of {@code other}. */
        void copyOf(ReportsById other) {
            byPm = other.byPm.clone();
            others.clear();
            others.putAll(other.others);
        }
    }

    public List<MetricsSample> metrics() {
        return List.copyOf(metrics);
    }

    public List<PmLoadSample> pmLoads() {
        return List.copyOf(pmLoads);
    }

    /** The load and average each reporting agent acted on, per sample (only agents that report them: LCC). */
    public List<AgentViewSample> agentViews() {
        return List.copyOf(agentViews);
    }

    /** Migrations in order of their start. */
    public List<MigrationRecord> migrations() {
        List<MigrationRecord> sorted = new ArrayList<>(migrations);
        sorted.sort(Comparator.comparingDouble(MigrationRecord::startS).thenComparingDouble(MigrationRecord::endS)
                .thenComparingInt(MigrationRecord::vm));
        return sorted;
    }
}
