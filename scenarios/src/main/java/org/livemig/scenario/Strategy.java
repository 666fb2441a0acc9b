package org.livemig.scenario;

import java.util.Optional;

/** The migration strategy every PM runs (SPEC 3). */
public enum Strategy implements Spelled {
    /** Overloaded PMs auction VMs (thesis Algorithms 2-3). */
    PUSH("push"),
    /** Underloaded PMs steal VMs (thesis Algorithms 4-5). */
    PULL("pull"),
    /** Push and Pull together, with both kinds of lock (thesis Algorithms 6-7). */
    HYBRID("hybrid"),
    /** Seed 000, first interaction model: balance around the average load. */
    LCC_BALANCE("lcc-balance"),
    /** Seed 000, second interaction model: consolidate and shut down empty PMs. */
    LCC_CONSOLIDATE("lcc-consolidate"),
    /** Baseline: no migration at all. */
    NONE("none"),
    /**
     * Baseline: a central manager moves VMs off PMs above the push threshold to the best-fit PM, minimum
     * migration time first (CloudSim Plus VmAllocationPolicyMigrationBestFitStaticThreshold).
     */
    CENTRAL_THRESHOLD("central-threshold"),
    /**
     * Baseline: a central manager with local-regression overload detection, minimum migration time and
     * under-load consolidation (Beloglazov and Buyya 2012, LR-MMT).
     */
    CENTRAL_LR_MMT("central-lr-mmt");

    /** Whether a central manager decides the migrations. */
    public boolean central() {
        return this == CENTRAL_THRESHOLD || this == CENTRAL_LR_MMT;
    }

    private final String spelling;

    Strategy(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }

    /** The strategy spelled {@code text} (case and {@code _}/{@code -} ignored), if any. */
    public static Optional<Strategy> parse(String text) {
        return Spelled.parse(values(), text);
    }
}
