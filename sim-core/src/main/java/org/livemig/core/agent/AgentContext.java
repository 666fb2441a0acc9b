package org.livemig.core.agent;

import java.util.random.RandomGenerator;
import org.livemig.core.hypervisor.HypervisorView;
import org.livemig.core.runtime.Scheduler;
import org.livemig.core.runtime.Transport;

/**
 * Everything a PM's agent may touch: time, the network, its own hypervisor, and a random stream of its own.
 * A backend (simulation or libvirt) builds one per PM.
 */
public record AgentContext(Scheduler scheduler, Transport transport, HypervisorView hypervisor,
                           RandomGenerator random) {
}
