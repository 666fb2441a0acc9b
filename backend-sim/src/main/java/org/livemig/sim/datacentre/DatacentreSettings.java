package org.livemig.sim.datacentre;

import org.livemig.scenario.Hypervisor;
import java.util.Objects;
import org.livemig.cost.PreCopyParameters;

/**
 * The physical side of a simulated datacentre (SPEC 4): identical PMs on a 100 Mb/s LAN.
 *
 * @param pms                 number of PMs (ids 0 .. pms-1)
 * @param coresPerPm          cores of each PM (C_i)
 * @param memoryPerPmMb       memory of each PM, MB
 * @param migrationRateMbps   rate of a live migration, MB/s (R; 12.5 for a 100 Mb/s link)
 * @param hypervisor          the hypervisor, which sets the reported-load factor
 * @param loadSampleIntervalS how often the load averages are sampled, s (5 in Linux)
 * @param loadWindowS         window of the load average, s (300: the 5-minute average)
 * @param maxVcpusPerCore     vCPU overcommit bound: a PM holds at most cores x this many vCPUs
 * @param costParameters      parameters of the pre-copy cost model that times migrations
 * @param overloadFailure     optional overload failure of PMs
 */
public record DatacentreSettings(int pms, int coresPerPm, long memoryPerPmMb, double migrationRateMbps,
                                 Hypervisor hypervisor, double loadSampleIntervalS, double loadWindowS,
                                 double maxVcpusPerCore, PreCopyParameters costParameters,
                                 OverloadFailureSettings overloadFailure) {

    /** Migration rate over a 100 Mb/s link, MB/s. */
    public static final double FAST_ETHERNET_MBPS = 12.5;

    /** Validates the settings; a bad value gets a one-line message naming it. */
    public DatacentreSettings {
        if (pms < 1) {
            throw new IllegalArgumentException("pms must be >= 1 (got " + pms + ")");
        }
        if (coresPerPm < 1) {
            throw new IllegalArgumentException("cores per PM must be >= 1 (got " + coresPerPm + ")");
        }
        if (memoryPerPmMb < 1) {
            throw new IllegalArgumentException("memory per PM must be >= 1 MB (got " + memoryPerPmMb + ")");
        }
        requirePositive("migration rate (MB/s)", migrationRateMbps);
        Objects.requireNonNull(hypervisor, "hypervisor");
        requirePositive("load sample interval (s)", loadSampleIntervalS);
        requirePositive("load window (s)", loadWindowS);
        requirePositive("max vcpus per core", maxVcpusPerCore);
        Objects.requireNonNull(costParameters, "costParameters");
        Objects.requireNonNull(overloadFailure, "overloadFailure");
    }

    /**
     * {@code pms} PMs of {@code cores} cores and {@code memoryMb} MB on KVM, 12.5 MB/s migrations, a 5-minute
     * load average sampled every 5 s, at most one vCPU per core, default cost model, no overload failure.
     */
    public static DatacentreSettings of(int pms, int cores, long memoryMb) {
        return new DatacentreSettings(pms, cores, memoryMb, FAST_ETHERNET_MBPS, Hypervisor.KVM, 5, 300, 1.0,
                PreCopyParameters.DEFAULT, OverloadFailureSettings.DISABLED);
    }

    /** These settings on another hypervisor. */
    public DatacentreSettings withHypervisor(Hypervisor kind) {
        return new DatacentreSettings(pms, coresPerPm, memoryPerPmMb, migrationRateMbps, kind, loadSampleIntervalS,
                loadWindowS, maxVcpusPerCore, costParameters, overloadFailure);
    }

    /** These settings with another vCPU overcommit bound. */
    public DatacentreSettings withMaxVcpusPerCore(double bound) {
        return new DatacentreSettings(pms, coresPerPm, memoryPerPmMb, migrationRateMbps, hypervisor,
                loadSampleIntervalS, loadWindowS, bound, costParameters, overloadFailure);
    }

    /** These settings with another migration rate, MB/s. */
    public DatacentreSettings withMigrationRate(double rateMbps) {
        return new DatacentreSettings(pms, coresPerPm, memoryPerPmMb, rateMbps, hypervisor, loadSampleIntervalS,
                loadWindowS, maxVcpusPerCore, costParameters, overloadFailure);
    }

    /** These settings with another load-average sample interval and window, s. */
    public DatacentreSettings withLoadAverage(double sampleIntervalS, double windowS) {
        return new DatacentreSettings(pms, coresPerPm, memoryPerPmMb, migrationRateMbps, hypervisor,
                sampleIntervalS, windowS, maxVcpusPerCore, costParameters, overloadFailure);
    }

    /** These settings with another cost model. */
    public DatacentreSettings withCostParameters(PreCopyParameters parameters) {
        return new DatacentreSettings(pms, coresPerPm, memoryPerPmMb, migrationRateMbps, hypervisor,
                loadSampleIntervalS, loadWindowS, maxVcpusPerCore, parameters, overloadFailure);
    }

    /** These settings with another overload-failure rule. */
    public DatacentreSettings withOverloadFailure(OverloadFailureSettings failure) {
        return new DatacentreSettings(pms, coresPerPm, memoryPerPmMb, migrationRateMbps, hypervisor,
                loadSampleIntervalS, loadWindowS, maxVcpusPerCore, costParameters, failure);
    }

    /** Most vCPUs one PM may hold. */
    public int maxVcpusPerPm() {
        return (int) Math.floor(coresPerPm * maxVcpusPerCore + 1e-9);
    }

    private static void requirePositive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number > 0 (got " + value + ")");
        }
    }
}
