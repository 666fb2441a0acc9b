package org.livemig.cost;

/** Power drawn by one PM as a function of its CPU utilisation (energy of a run, SPEC 6). */
public interface PowerModel {

    /** Watts of an active PM at CPU utilisation {@code utilisation} in [0, 1] (values outside are clamped). */
    double activeWatts(double utilisation);

    /** Watts of a PM that is shut down. */
    double offWatts();
}
