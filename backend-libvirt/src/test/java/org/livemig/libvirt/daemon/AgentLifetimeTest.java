package org.livemig.libvirt.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** An agent prints its drop counters when it ends, also when it runs until stopped (duration_s 0). */
class AgentLifetimeTest {

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final AgentLifetime lifetime = new AgentLifetime(() -> events.add("close"), () -> events.add("counters"));

    @Test
    void stoppedAgentWithoutDurationReportsItsCounters() throws Exception {
        Thread main = new Thread(() -> {
            try {
                lifetime.await(0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        main.start();
        lifetime.stop(); // the shutdown hook on SIGTERM
        main.join(5000);
        assertEquals(List.of("close", "counters"), events, "the counters are printed once, after closing");
    }

    @Test
    void anAgentWhoseDurationEndsReportsOnceEvenWhenTheHookRunsAfter() throws Exception {
        lifetime.await(0.01);
        lifetime.stop(); // System.exit runs the hook after the duration ended
        assertEquals(List.of("counters", "close"), events);
    }
}
