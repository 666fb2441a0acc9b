package org.livemig.core.agent;

import java.util.random.RandomGenerator;
import org.livemig.core.hypervisor.HypervisorView;
import org.livemig.core.overlay.Introducer;
import org.livemig.core.runtime.Scheduler;
import org.livemig.core.runtime.Transport;

/**
 * Everything a PM's agent may touch: time, the network, its own hypervisor, a random stream of its own, and the
 * peers its overlay view starts from. A backend (simulation or libvirt) builds one per PM.
 */
public record AgentContext(
        Scheduler scheduler,
        Transport transport,
        HypervisorView hypervisor,
        RandomGenerator random,
        Introducer introducer) {

    /** A context whose agent knows no peer before it hears from one (no overlay contacts). */
    public AgentContext(Scheduler scheduler, Transport transport, HypervisorView hypervisor, RandomGenerator random) {
        this(scheduler, transport, hypervisor, random, Introducer.none());
    }
}
