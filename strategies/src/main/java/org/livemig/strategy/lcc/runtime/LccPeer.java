package org.livemig.strategy.lcc.runtime;

import java.util.List;
import java.util.function.Consumer;
import org.livemig.core.agent.AgentContext;

/** What constraints may use of the peer they run on: its context, what it knows of others, migrations. */
public interface LccPeer {

    /** The peer's clock, network, hypervisor and random stream. */
    AgentContext context();

    /** The meaning of the state constraints. */
    LoadPolicy policy();

    /** The other peers' roles and loads. */
    PeerDirectory directory();

    /** Ids of the other peers whose latest announcement is of {@code role} (any role when null), in id order. */
    List<Integer> peersInRole(String role);

    /** This peer's load now: the CPU load of its VMs divided by its cores. */
    double load();

    /** The average load of the peers this one knows (itself included). */
    double averageLoad();

    /** Live-migrates VM {@code vmId} to {@code destination}; {@code done} learns whether it completed. */
    void migrate(int vmId, int destination, Consumer<Boolean> done);

    /** Asks {@code source} to migrate VMs of up to {@code capacity} cores here; {@code done}: any moved. */
    void orderMigration(int source, double capacity, Consumer<Boolean> done);

    /** {@code done} learns when the next migration this peer takes part in ends (false on timeout). */
    void awaitMigration(Consumer<Boolean> done);

    /** Whether this PM was woken on demand and takes load from overloaded peers now (LCC consolidate). */
    boolean spare();

    /**
     * Wakes one powered-off peer when no powered-on peer can take {@code needCores} and no spare is up
     * (LCC consolidate's wake on demand); whether it woke one.
     */
    boolean wakePeer(double needCores);

    /** This PM's node id. */
    default int id() {
        return context().hypervisor().pmId();
    }

    /** Seconds since the start. */
    default double now() {
        return context().scheduler().now();
    }
}
