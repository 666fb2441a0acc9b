package org.livemig.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.livemig.core.agent.AgentContext;
import org.livemig.core.agent.PmAgent;
import org.livemig.core.protocol.Message;
import org.livemig.core.protocol.MessageType;
import org.livemig.scenario.LoadLevel;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class AttachAgentsTest {

    /** Says HELLO to everyone when started and counts what it hears. */
    private static final class HelloAgent implements PmAgent {
        final AgentContext context;
        final List<Message> heard = new ArrayList<>();

        HelloAgent(AgentContext context) {
            this.context = context;
        }

        @Override
        public void start() {
            context.transport()
                    .send(Message.of(MessageType.HELLO, context.hypervisor().pmId(), Message.BROADCAST));
        }

        @Override
        public void onMessage(Message message) {
            heard.add(message);
        }
    }

    @Test
    void eachPmGetsItsOwnAgentContextAndReceivesWhatIsSentToIt() {
        try (SimulatedDatacentre dc = SimulatedDatacentre.build(TestDatacentres.nineteenPms(1, LoadLevel.LOW))) {
            List<Message> atMeasurementPoint = new ArrayList<>();
            dc.attach(Message.MEASUREMENT_POINT, atMeasurementPoint::add);
            List<PmAgent> agents = dc.attachAgents(HelloAgent::new);

            dc.runUntil(10);

            assertEquals(19, agents.size());
            Set<Long> firstDraws = new HashSet<>();
            for (int pm = 0; pm < 19; pm++) {
                HelloAgent agent = (HelloAgent) agents.get(pm);
                assertEquals(pm, agent.context.hypervisor().pmId());
                assertEquals(18, agent.heard.size(), "PM " + pm + " hears every other PM");
                assertEquals(dc.scheduler(), agent.context.scheduler());
                firstDraws.add(agent.context.random().nextLong());
            }
            assertEquals(19, firstDraws.size(), "every agent has its own random stream");
            assertEquals(19, atMeasurementPoint.size());
            assertThrows(IllegalStateException.class, () -> dc.attachAgents(HelloAgent::new));
            assertThrows(IllegalArgumentException.class, () -> dc.attach(3, m -> {}));
        }
    }
}
