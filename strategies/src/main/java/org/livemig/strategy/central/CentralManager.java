package org.livemig.strategy.central;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.livemig.core.protocol.Message;
import org.livemig.core.protocol.PmInfo;
import org.livemig.core.protocol.ProtocolMessages;
import org.livemig.core.protocol.VmInfo;
import org.livemig.core.runtime.Scheduler;
import org.livemig.core.runtime.Transport;

/**
 * The central manager of the central baselines: a node on the same network as the PMs. It learns the PMs' state
 * only from their STATUS_REPORTs and acts only by MIGRATE_COMMANDs, so loss and delay affect it as they affect
 * the agents. Every interval it plans a round ({@link CentralPlan}) on the reports it has.
 */
public final class CentralManager implements Transport.Receiver {

    /** Reports older than this many intervals are dropped: the PM is off or cut off. */
    private static final int STALE_INTERVALS = 2;
    /** Observations of a host's utilisation kept for local regression. */
    static final int HISTORY = 10;

    private record Report(PmInfo pm, List<VmInfo> vms, double receivedS) {}

    private final Scheduler scheduler;
    private final Transport transport;
    private final CentralPlan plan;
    private final boolean consolidate;
    private final double intervalS;
    private final int maxVcpus;
    private final Map<Integer, Report> reports = new TreeMap<>();
    private final Map<Integer, List<Double>> history = new HashMap<>();
    private final Map<Integer, Double> commandedAt = new HashMap<>();
    private long commands;

    CentralManager(
            Scheduler scheduler,
            Transport transport,
            CentralPlan plan,
            boolean consolidate,
            double intervalS,
            int maxVcpus) {
        this.scheduler = scheduler;
        this.transport = transport;
        this.plan = plan;
        this.consolidate = consolidate;
        this.intervalS = intervalS;
        this.maxVcpus = maxVcpus;
    }

    /** Plans the first round one interval (plus half, so the reports of that interval are in) from now. */
    public void start() {
        scheduler.schedule(intervalS * 1.5, this::round);
    }

    @Override
    public void onMessage(Message m) {
        if (m.type() != org.livemig.core.protocol.MessageType.STATUS_REPORT || m.pm() == null || m.source() < 0) {
            return;
        }
        Report before = reports.get(m.source());
        if (before != null && before.receivedS() > scheduler.now()) {
            return;
        }
        reports.put(m.source(), new Report(m.pm(), m.vms(), scheduler.now()));
        List<Double> h = history.computeIfAbsent(m.source(), id -> new ArrayList<>());
        h.add(m.pm().latestLoad() / m.pm().cores());
        if (h.size() > HISTORY) {
            h.remove(0);
        }
    }

    private void round() {
        double now = scheduler.now();
        commandedAt.values().removeIf(t -> now - t > STALE_INTERVALS * intervalS);
        Map<Integer, HostView> hosts = new TreeMap<>();
        for (Map.Entry<Integer, Report> e : reports.entrySet()) {
            Report r = e.getValue();
            if (now - r.receivedS() <= STALE_INTERVALS * intervalS) {
                hosts.put(e.getKey(), new HostView(r.pm(), r.vms(), maxVcpus, history.get(e.getKey())));
            }
        }
        Set<Integer> busy = commandedAt.keySet();
        for (CentralPlan.Move move : plan.plan(hosts, consolidate, busy)) {
            commands++;
            commandedAt.put(move.vm().id(), now);
            transport.send(ProtocolMessages.migrateCommand(move.source(), commands, move.target(), move.vm()));
        }
        scheduler.schedule(intervalS, this::round);
    }

    /** Migration commands sent so far (the baseline's attempts). */
    public long attempts() {
        return commands;
    }
}
