package org.livemig.core.measurement;

import java.util.List;

/**
 * What a backend knows first-hand about its datacentre, read by the {@link MeasurementPoint} instead of
 * messages that a lossy network may drop (SPEC 6): the simulator from its own state, a testbed from libvirt on
 * each host. Counters are cumulative and never decrease.
 */
public interface DatacentreProbe {

    /** Every PM's state now, in ascending id order. */
    List<PmObservation> pms();

    /** Every VM's state now, in any order. */
    List<VmObservation> vms();

    /** Live migrations that completed since the previous call, each once. */
    List<MigrationRecord> takeCompletedMigrations();

    /** Migration attempts (HOTSPOT broadcasts, STEAL_ATTEMPTs, LCC offers, manager commands) made so far. */
    long attempts();

    /**
     * Bytes of protocol traffic so far, counted by the network or transport: every copy of a message between
     * two nodes neither of which is the measurement point, plus its frame headers.
     */
    long protocolBytes();

    /** Copies of protocol messages delivered so far (same rule as {@link #protocolBytes()}). */
    long protocolMessages();
}
