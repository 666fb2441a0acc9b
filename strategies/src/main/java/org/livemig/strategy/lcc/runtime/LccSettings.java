package org.livemig.strategy.lcc.runtime;

import org.livemig.scenario.Lcc;
import org.livemig.scenario.Negotiation;
import org.livemig.scenario.Scenario;

/**
 * The constants of an LCC peer. Loads are normalised (load divided by cores).
 *
 * @param policy                 which meaning the state constraints have (first or second model of seed 000)
 * @param checkIntervalS         a peer re-enters its initial role this often (the idle role's polling), s
 * @param waitTimeoutS           a peer waits this long for a message or a partner before it gives up the role, s
 * @param migrationTimeoutS      longest wait for a migration to end (waitForMigration, an ordered migration), s
 * @param announceIntervalS      a peer tells the others its role and load at least this often (discovery), s
 * @param balanceHighFactor      balance: overloaded above this times the average load
 * @param balanceLowFactor       balance: underloaded below this times the average load
 * @param consolidateLow         consolidate: underloaded below this load
 * @param consolidateFull        consolidate: fully loaded at or above this load
 * @param wakeUpS                consolidate: a woken PM boots this long before it is on the network, s
 */
public record LccSettings(LoadPolicy.Kind policy, double checkIntervalS, double waitTimeoutS,
                          double migrationTimeoutS, double announceIntervalS, double balanceHighFactor,
                          double balanceLowFactor, double consolidateLow, double consolidateFull,
                          double wakeUpS) {

    /** The defaults of seed 000 for {@code policy}. */
    public static LccSettings defaults(LoadPolicy.Kind policy) {
        Lcc l = Lcc.defaults();
        return new LccSettings(policy, 5, 10, 300, 20, l.balanceHighFactor(), l.balanceLowFactor(),
                l.consolidateLowThreshold(), l.consolidateFullThreshold(), l.wakeUpS());
    }

    /** The settings a scenario gives its LCC peers. */
    public static LccSettings from(Scenario scenario, LoadPolicy.Kind policy) {
        Lcc l = scenario.lcc();
        Negotiation n = scenario.negotiation();
        return new LccSettings(policy, n.checkIntervalS(), n.replyTimeoutS(), 300, 4 * n.checkIntervalS(),
                l.balanceHighFactor(), l.balanceLowFactor(), l.consolidateLowThreshold(),
                l.consolidateFullThreshold(), l.wakeUpS());
    }
}
