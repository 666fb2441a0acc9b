package org.livemig.sim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import nl.tudelft.simulation.dsol.eventlists.EventListPriorityQueue;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.LambdaSimEvent;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;
import org.junit.jupiter.api.Test;

class SortedRunsEventListTest {

    private static SimEventInterface<Double> event(double time, short priority) {
        return new LambdaSimEvent<>(time, priority, () -> {});
    }

    private static long timerIds = 1L << 40;

    /** An event as DsolScheduler makes them: primitive time, the delay it was scheduled with, its own id. */
    private record Timer(double timeS, double delayS, long getId) implements PrimitiveTimedEvent {
        @Override
        public short getPriority() {
            return SimEventInterface.NORMAL_PRIORITY;
        }

        @Override
        public void execute() {}
    }

    /**
     * Periodic timers (a few recurring delays, so they go to growing runs), one-off jittered deliveries and
     * DSOL events, interleaved with removals, come out in exactly the order of DSOL's binary-heap event list.
     */
    @Property(tries = 200)
    void recurringDelaysKeepDsolsOrder(@ForAll long seed) {
        Random random = new Random(seed);
        double[] periods = {5, 10, 1, 0, 0.5};
        SortedRunsEventList list = new SortedRunsEventList();
        EventListPriorityQueue<Double> reference = new EventListPriorityQueue<>();
        double now = 0;
        for (int step = 0; step < 400; step++) {
            int additions = random.nextInt(5);
            for (int i = 0; i < additions; i++) {
                SimEventInterface<Double> e;
                int kind = random.nextInt(10);
                if (kind < 6) {
                    double delay = periods[random.nextInt(kind < 4 ? 2 : periods.length)];
                    e = new Timer(now + delay, delay, timerIds++);
                } else if (kind < 9) {
                    double delay = 0.001 + 0.0001 * random.nextDouble();
                    e = new Timer(now + delay, delay, timerIds++);
                } else {
                    e = event(now + random.nextInt(4), SimEventInterface.NORMAL_PRIORITY);
                }
                list.add(e);
                reference.add(e);
            }
            int removals = random.nextInt(4);
            for (int i = 0; i < removals && !reference.isEmpty(); i++) {
                SimEventInterface<Double> expected = reference.removeFirst();
                assertSame(expected, list.removeFirst());
                now = expected.getAbsoluteExecutionTime();
            }
            assertEquals(reference.size(), list.size());
        }
        while (!reference.isEmpty()) {
            assertSame(reference.removeFirst(), list.removeFirst());
        }
        assertTrue(list.isEmpty());
        list.add(new Timer(now + 5, 5, timerIds++)); // a run emptied and forgotten by clear() is not reused
        list.clear();
        SimEventInterface<Double> after = new Timer(now + 5, 5, timerIds++);
        list.add(after);
        assertSame(after, list.removeFirst());
    }

    /**
     * Random interleavings of batches of additions (coarse times so that ties are common, mixed priorities)
     * and removals give exactly the order of DSOL's own binary-heap event list.
     */
    @Property(tries = 200)
    void removesInTheOrderOfDsolsEventList(@ForAll long seed) {
        Random random = new Random(seed);
        SortedRunsEventList list = new SortedRunsEventList();
        EventListPriorityQueue<Double> reference = new EventListPriorityQueue<>();
        double now = 0;
        for (int step = 0; step < 300; step++) {
            int additions = random.nextInt(4) == 0 ? random.nextInt(60) : random.nextInt(3);
            for (int i = 0; i < additions; i++) {
                double time = now + random.nextInt(8) * 0.25;
                short priority =
                        (short) (random.nextInt(5) == 0 ? random.nextInt(12) : SimEventInterface.NORMAL_PRIORITY);
                SimEventInterface<Double> e = event(time, priority);
                list.add(e);
                reference.add(e);
            }
            assertEquals(reference.size(), list.size());
            int removals = random.nextInt(4);
            for (int i = 0; i < removals && !reference.isEmpty(); i++) {
                assertSame(reference.first(), list.first());
                SimEventInterface<Double> expected = reference.removeFirst();
                assertSame(expected, list.removeFirst());
                now = expected.getAbsoluteExecutionTime();
            }
        }
        while (!reference.isEmpty()) {
            assertSame(reference.removeFirst(), list.removeFirst());
        }
        assertTrue(list.isEmpty());
        assertNull(list.first());
        assertNull(list.removeFirst());
    }

    @Test
    void removesContainsIteratesAndClearsAcrossRunsAndBatch() {
        SortedRunsEventList list = new SortedRunsEventList();
        List<SimEventInterface<Double>> run = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            run.add(event(10 - i, SimEventInterface.NORMAL_PRIORITY));
            list.add(run.get(i));
        }
        assertSame(run.get(4), list.first()); // the batch is now a sorted run
        SimEventInterface<Double> single = event(3.5, SimEventInterface.NORMAL_PRIORITY);
        SimEventInterface<Double> pending = event(1, SimEventInterface.NORMAL_PRIORITY);
        list.add(single);
        list.first();
        list.add(pending);

        assertTrue(list.contains(run.get(2)));
        assertTrue(list.contains(pending));
        assertTrue(list.remove(run.get(2)));
        assertFalse(list.remove(run.get(2)));
        assertFalse(list.contains(run.get(2)));
        assertEquals(6, list.size());
        Set<SimEventInterface<Double>> iterated = new HashSet<>();
        list.iterator().forEachRemaining(iterated::add);
        assertEquals(Set.of(run.get(0), run.get(1), run.get(3), run.get(4), single, pending), iterated);

        assertSame(pending, list.removeFirst());
        assertSame(single, list.removeFirst());
        assertSame(run.get(4), list.removeFirst());
        assertSame(run.get(3), list.removeFirst());
        list.clear();
        assertTrue(list.isEmpty());
        assertEquals(0, list.size());
        assertNull(list.removeFirst());
    }
}
