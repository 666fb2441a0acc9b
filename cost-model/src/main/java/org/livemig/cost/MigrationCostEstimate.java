package org.livemig.cost;

import java.util.List;

/**
 * What one pre-copy live migration costs, as estimated by {@link PreCopyMigrationCost}.
 *
 * @param roundsMb       data sent in every round, MB: the pre-copy rounds V_0..V_k followed by the final
 *                       stop-and-copy round V_last (never empty; an unmodifiable copy)
 * @param migratedMb     V_mig, the sum of all rounds, MB
 * @param migrationTimeS T_mig, the time to send all rounds, s (excludes T_resume)
 * @param downtimeS      T_down = T_last + T_resume, s
 */
public record MigrationCostEstimate(List<Double> roundsMb, double migratedMb, double migrationTimeS, double downtimeS) {

    /** Copies the rounds; throws {@link IllegalArgumentException} when there is no round. */
    public MigrationCostEstimate {
        roundsMb = List.copyOf(roundsMb);
        if (roundsMb.isEmpty()) {
            throw new IllegalArgumentException("roundsMb must hold at least the stop-and-copy round");
        }
    }

    /** Number of pre-copy rounds, that is every round but the final stop-and-copy one. */
    public int preCopyRounds() {
        return roundsMb.size() - 1;
    }

    /** V_last, the data sent in the final stop-and-copy round while the VM is suspended, MB. */
    public double stopAndCopyMb() {
        return roundsMb.get(roundsMb.size() - 1);
    }
}
