package org.livemig.sim.engine;

import java.util.random.RandomGenerator;
import nl.tudelft.simulation.dsol.experiment.StreamInformation;
import nl.tudelft.simulation.jstats.streams.StreamInterface;

/**
 * Named, independently seeded DSOL random streams derived from one run seed. Each part of the model
 * (placement, demand, network, each agent...) draws from its own stream, so adding draws in one part does
 * not change the numbers another part sees. Every stream is registered in a DSOL {@link StreamInformation}.
 */
public final class RandomStreams {

    private final long seed;
    private final StreamInformation registry;

    /** Streams of the run with {@code seed}, registered in {@code registry}. */
    public RandomStreams(long seed, StreamInformation registry) {
        this.seed = seed;
        this.registry = registry;
    }

    /** Streams of the run with {@code seed}, in a registry of their own. */
    public RandomStreams(long seed) {
        this(seed, new StreamInformation());
    }

    /** The run seed. */
    public long seed() {
        return seed;
    }

    /** The DSOL stream called {@code name}: created on first use, the same object afterwards. */
    public StreamInterface stream(String name) {
        StreamInterface existing = registry.getStreams().get(name);
        if (existing != null) {
            return existing;
        }
        StreamInterface created = new UnlockedMersenneTwister(derivedSeed(seed, name));
        registry.addStream(name, created);
        return created;
    }

    /** The stream called {@code name} as a {@link RandomGenerator}. */
    public RandomGenerator random(String name) {
        return new StreamRandom(stream(name));
    }

    /** A seed (&gt; 0, as DSOL requires) for stream {@code name} of run {@code seed}: SplitMix64 of both. */
    static long derivedSeed(long seed, String name) {
        long z = seed * 0x9E3779B97F4A7C15L + name.hashCode();
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return Math.max(1, (z ^ (z >>> 31)) >>> 1);
    }
}
