package org.livemig.core.measurement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.livemig.core.protocol.Message;
import org.livemig.core.protocol.MessageType;
import org.livemig.core.protocol.ProtocolMessages;
import org.livemig.core.runtime.Scheduler;
import org.livemig.core.runtime.Transport;
import org.livemig.entropy.LoadBalanceEntropy;
import org.livemig.entropy.SystemLoad;

/**
 * The measurement point (thesis 3.2, server.py; SPEC 6 revised): every interval it broadcasts
 * MEASUREMENT_REQUEST, as the thesis's did, and records system performance, system load, per-PM load, active
 * PMs, attempts, migrations, overhead traffic and the consolidation totals from its backend's
 * {@link DatacentreProbe}, never from messages a lossy network may drop. The same code serves the simulation
 * and a testbed. What LCC agents report of their own view (their load and the average they act on) is the one
 * thing it takes from their replies: it is what they acted on, and a lost reply only leaves a gap.
 */
public final class MeasurementPoint implements Transport.Receiver {

    private final Scheduler scheduler;
    private final Transport transport;
    private final DatacentreProbe probe;
    private final double intervalS;
    private final boolean requests;
    private final ConsolidationTotals totals;
    private final List<MetricsSample> metrics = new ArrayList<>();
    private final PmLoadTable pmLoads = new PmLoadTable();
    private final List<MigrationRecord> migrations = new ArrayList<>();
    private final List<AgentViewSample> agentViews = new ArrayList<>();
    private final java.util.Map<Integer, double[]> latestViews = new java.util.HashMap<>();
    private double lastS = Double.NaN;
    private long lastAttempts;
    private long lastBytes;
    private double downtimeS;

    /** A measurement point sending its requests through {@code transport} and reading {@code probe}. */
    public MeasurementPoint(
            Scheduler scheduler, Transport transport, DatacentreProbe probe, MeasurementSettings settings) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.probe = Objects.requireNonNull(probe, "probe");
        this.intervalS = settings.intervalS();
        this.requests = settings.requests();
        this.totals = new ConsolidationTotals(settings.pushThreshold(), settings.power());
    }

    /** Takes the counters' starting values, sends the first request now and samples every interval after. */
    public void start() {
        lastS = scheduler.now();
        lastAttempts = probe.attempts();
        lastBytes = probe.protocolBytes();
        request();
    }

    private void request() {
        if (requests) {
            transport.send(ProtocolMessages.measurementRequest());
        }
        scheduler.schedule(intervalS, () -> {
            try {
                sample();
            } finally {
                request(); // a sample that fails must not end the measurement (issue 14)
            }
        });
    }

    /** Keeps the latest view an LCC agent reports in its MEASUREMENT_REPLY; everything else is the probe's. */
    @Override
    public void onMessage(Message m) {
        if (m.type() == MessageType.MEASUREMENT_REPLY) {
            double[] view = ProtocolMessages.view(m);
            if (view != null) {
                latestViews.put(m.source(), view);
            }
        }
    }

    /** Records one sample of the true state now, describing the interval that ends now. */
    private void sample() {
        double now = scheduler.now();
        List<PmObservation> pms = probe.pms();
        totals.add(now - lastS, pms, probe.vms());
        lastS = now;
        double[] active = new double[pms.size()];
        int activeCount = 0;
        for (PmObservation pm : pms) {
            if (pm.active()) {
                active[activeCount++] = pm.normalisedLoad();
                pmLoads.append(new PmLoadSample(now, pm.id(), pm.normalisedLoad()));
                double[] view = latestViews.get(pm.id());
                if (view != null) {
                    agentViews.add(new AgentViewSample(now, pm.id(), view[0], view[1]));
                }
            }
        }
        double[] loads = Arrays.copyOf(active, activeCount);
        long attempts = increase("attempts", lastAttempts, probe.attempts());
        long bytes = increase("protocol bytes", lastBytes, probe.protocolBytes());
        lastAttempts += attempts;
        lastBytes += bytes;
        int completed = takeMigrations();
        metrics.add(new MetricsSample(
                now,
                LoadBalanceEntropy.of(loads),
                loads.length == 0 ? 0 : SystemLoad.mean(loads),
                loads.length,
                attempts,
                completed,
                bytes));
    }

    private static long increase(String counter, long before, long now) {
        if (now < before) {
            throw new IllegalStateException("the probe's " + counter + " counter fell from " + before + " to " + now);
        }
        return now - before;
    }

    private int takeMigrations() {
        List<MigrationRecord> done = probe.takeCompletedMigrations();
        for (MigrationRecord m : done) {
            downtimeS += m.tDownS();
        }
        migrations.addAll(done);
        return done.size();
    }

    /**
     * Ends the measurement at {@code endS}: the state now holds from the last sample to the end (for energy and
     * the time totals), and migrations completed since the last sample join the log.
     */
    public void finish(double endS) {
        if (!Double.isNaN(lastS) && endS > lastS) {
            totals.add(endS - lastS, probe.pms(), probe.vms());
            lastS = endS;
        }
        takeMigrations();
    }

    public List<MetricsSample> metrics() {
        return List.copyOf(metrics);
    }

    public List<PmLoadSample> pmLoads() {
        return pmLoads.snapshot();
    }

    /** What LCC agents reported of their own view at each sample (empty for other agents). */
    public List<AgentViewSample> agentViews() {
        return List.copyOf(agentViews);
    }

    /** Migrations in order of their start. */
    public List<MigrationRecord> migrations() {
        List<MigrationRecord> sorted = new ArrayList<>(migrations);
        sorted.sort(Comparator.comparingDouble(MigrationRecord::startS)
                .thenComparingDouble(MigrationRecord::endS)
                .thenComparingInt(MigrationRecord::vm));
        return sorted;
    }

    /** The run's integrals of the true state: energy, SLATAH, PDM, time above the push threshold. */
    public ConsolidationTotals totals() {
        return totals;
    }

    /** Summed downtime of the migrations logged so far, s. */
    public double downtimeTotalS() {
        return downtimeS;
    }

    /** Protocol messages delivered so far (0 means the agents exchanged nothing). */
    public long protocolMessages() {
        return probe.protocolMessages();
    }
}
