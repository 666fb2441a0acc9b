package org.livemig.libvirt.hypervisor;

import java.util.Map;
import java.util.Objects;

/**
 * How one PM's {@link LibvirtHypervisor} reads its host and migrates.
 *
 * @param pmId                  this PM's node id
 * @param uri                   libvirt URI of this PM's hypervisor
 * @param coresOverride         cores to report instead of the node's ({@code <= 0}: the node's)
 * @param memoryOverrideMb      memory to report instead of the node's ({@code <= 0}: the node's), MB
 * @param loadSource            host load average or the sum of the domains' CPU
 * @param loadSampleIntervalS   how often the domains are sampled, s
 * @param loadWindowS           window of the load average over the domains' CPU, s
 * @param loadFactor            hypervisor factor applied to the load (SPEC 4: KVM 1.0, Xen about 0.67)
 * @param migrationRateMbps     network rate for a live migration, MB/s (R of the cost model)
 * @param fallbackDirtyRateMbps dirty rate reported when libvirt has measured none, MB/s
 * @param peerToPeer            let the source daemon drive the migration (VIR_MIGRATE_PEER2PEER)
 * @param targets               the other PMs by id
 */
public record LibvirtSettings(
        int pmId,
        String uri,
        int coresOverride,
        long memoryOverrideMb,
        LoadSource loadSource,
        double loadSampleIntervalS,
        double loadWindowS,
        double loadFactor,
        double migrationRateMbps,
        double fallbackDirtyRateMbps,
        boolean peerToPeer,
        Map<Integer, MigrationTarget> targets) {
    public LibvirtSettings {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(loadSource, "loadSource");
        targets = Map.copyOf(targets);
        positive("loadSampleIntervalS", loadSampleIntervalS);
        positive("loadWindowS", loadWindowS);
        positive("loadFactor", loadFactor);
        positive("migrationRateMbps", migrationRateMbps);
        if (!(fallbackDirtyRateMbps >= 0)) {
            throw new IllegalArgumentException("fallbackDirtyRateMbps must be >= 0, got " + fallbackDirtyRateMbps);
        }
    }

    private static void positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number > 0, got " + value);
        }
    }

    /** Settings for a PM with no peers, sampling the domains every second over a 60 s window. */
    public static LibvirtSettings simple(int pmId, String uri) {
        return new LibvirtSettings(pmId, uri, 0, 0, LoadSource.DOMAINS, 1, 60, 1, 12.5, 2, false, Map.of());
    }
}
