package org.livemig.sim.engine;

import java.util.random.RandomGenerator;
import nl.tudelft.simulation.jstats.streams.StreamInterface;

/** A DSOL random stream seen as a {@link RandomGenerator} (what an agent's context carries). */
public final class StreamRandom implements RandomGenerator {

    private final StreamInterface stream;

    /** Draws from {@code stream}. */
    public StreamRandom(StreamInterface stream) {
        this.stream = stream;
    }

    @Override
    public long nextLong() {
        return stream.nextLong();
    }

    @Override
    public int nextInt() {
        return stream.nextInt();
    }

    @Override
    public double nextDouble() {
        return stream.nextDouble();
    }

    @Override
    public boolean nextBoolean() {
        return stream.nextBoolean();
    }
}
