package org.livemig.libvirt.daemon;

import java.net.SocketException;
import java.util.SplittableRandom;
import org.livemig.core.agent.AgentContext;
import org.livemig.core.agent.PmAgent;
import org.livemig.core.overlay.Introducer;
import org.livemig.libvirt.clock.WallClockScheduler;
import org.livemig.libvirt.hypervisor.LibvirtConnectionException;
import org.livemig.libvirt.hypervisor.LibvirtHypervisor;
import org.livemig.libvirt.hypervisor.LibvirtSettings;
import org.livemig.libvirt.net.UdpTransport;
import org.livemig.scenario.Scenario;
import org.livemig.strategy.ScenarioAgents;

/**
 * One PM's agent on a real host: the same agents as the simulation ({@link ScenarioAgents}: Push, Pull,
 * Hybrid or an LCC model), on a
 * {@link WallClockScheduler}, a {@link UdpTransport} and a {@link LibvirtHypervisor}.
 */
public final class AgentDaemon implements AutoCloseable {

    private final WallClockScheduler scheduler;
    private final LibvirtHypervisor hypervisor;
    private final UdpTransport transport;

    private AgentDaemon(WallClockScheduler scheduler, LibvirtHypervisor hypervisor, UdpTransport transport) {
        this.scheduler = scheduler;
        this.hypervisor = hypervisor;
        this.transport = transport;
    }

    /** The strategy a configuration runs, as spelled in scenario files (push, pull, hybrid, lcc-balance, ...). */
    static String strategyName(NodeConfig c) {
        return c.scenario().strategy().spelling();
    }

    /** The libvirt settings of an agent's configuration. */
    static LibvirtSettings libvirtSettings(NodeConfig c) {
        Scenario s = c.scenario();
        return new LibvirtSettings(
                c.id(),
                c.libvirtUri(),
                c.cores(),
                c.memoryMb(),
                c.loadSource(),
                s.negotiation().loadSampleIntervalS(),
                s.negotiation().loadAverageWindowS(),
                c.loadFactor(),
                s.topology().linkMbitps() / 8,
                s.topology().vmDirtyRateMbps(),
                c.peerToPeer(),
                ConfiguredCluster.targets(c));
    }

    /**
     * Connects to libvirt, binds the UDP socket and starts the agent.
     *
     * @throws ConfigException if the strategy cannot run here, libvirt cannot be reached or the address bound
     */
    public static AgentDaemon start(NodeConfig c) throws ConfigException {
        PmAgent.Factory agents;
        try {
            agents = ScenarioAgents.factory(c.scenario());
        } catch (RuntimeException e) {
            throw new ConfigException(c.file() + ": key 'scenario': " + e.getMessage());
        }
        WallClockScheduler scheduler = new WallClockScheduler(
                "agent-pm" + c.id(), c.clockOriginMs(), e -> System.err.println("agent-pm" + c.id() + ": " + e));
        LibvirtHypervisor hv;
        try {
            hv = LibvirtHypervisor.connect(libvirtSettings(c), scheduler);
        } catch (LibvirtConnectionException e) {
            scheduler.close();
            throw new ConfigException(c.file() + ": key 'libvirt_uri': " + e.getMessage());
        }
        UdpTransport transport;
        try {
            transport = UdpTransport.open(ConfiguredCluster.transport(c), scheduler);
        } catch (SocketException e) {
            hv.close();
            scheduler.close();
            throw new ConfigException(c.file() + ": key 'bind': " + e.getMessage());
        }
        Introducer introducer = Introducer.ofIds(c.peers().stream()
                .mapToInt(PeerConfig::id)
                .filter(id -> id >= 0)
                .toArray());
        PmAgent agent = agents.create(new AgentContext(
                scheduler, transport, hv, new SplittableRandom(c.scenario().seed() * 7919 + c.id()), introducer));
        transport.start(agent);
        scheduler.execute(() -> {
            hv.startSampling();
            agent.start();
        });
        return new AgentDaemon(scheduler, hv, transport);
    }

    /** The transport's counters, for logs and tests. */
    public UdpTransport transport() {
        return transport;
    }

    @Override
    public void close() {
        transport.close();
        scheduler.close();
        hypervisor.close();
    }
}
