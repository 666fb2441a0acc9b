package org.livemig.results.claims;

import java.util.List;

/**
 * How a claim fared on a sweep.
 *
 * @param claim the claim
 * @param holds whether at least one comparison was made and every one made held
 * @param evidence one line per group: the means, intervals, counts, statistic and p-value, or why it was not
 *     compared
 */
public record ClaimResult(Claim claim, boolean holds, List<String> evidence) {

    /** The evidence on one line. */
    public String summary() {
        return String.join("; ", evidence);
    }
}
