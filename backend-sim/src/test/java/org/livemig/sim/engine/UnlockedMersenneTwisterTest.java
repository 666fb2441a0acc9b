package org.livemig.sim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import nl.tudelft.simulation.jstats.streams.MersenneTwister;
import org.junit.jupiter.api.Test;

class UnlockedMersenneTwisterTest {

    /** Every kind of draw a run makes, interleaved, past two regenerations of the state (624 words each). */
    @Property(tries = 50)
    void drawsExactlyWhatDsolsMersenneTwisterDraws(@ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long seed) {
        if ((((int) seed) & 0x7fffffff) == 0) {
            return; // refused, see below
        }
        MersenneTwister dsol = new MersenneTwister(seed);
        UnlockedMersenneTwister unlocked = new UnlockedMersenneTwister(seed);
        for (int i = 0; i < 1500; i++) {
            switch (i % 5) {
                case 0 -> assertEquals(dsol.nextDouble(), unlocked.nextDouble());
                case 1 -> assertEquals(dsol.nextInt(), unlocked.nextInt());
                case 2 -> assertEquals(dsol.nextLong(), unlocked.nextLong());
                case 3 -> assertEquals(dsol.nextBoolean(), unlocked.nextBoolean());
                default -> assertEquals(dsol.nextFloat(), unlocked.nextFloat());
            }
        }
    }

    @Test
    void resetStartsTheSequenceAgain() {
        UnlockedMersenneTwister stream = new UnlockedMersenneTwister(42);
        double first = stream.nextDouble();
        stream.nextLong();
        stream.reset();
        assertEquals(first, stream.nextDouble());
    }

    @Test
    void aSeedDsolWouldReplaceWithTheClockIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new UnlockedMersenneTwister(1L << 31));
    }
}
