package org.livemig.results.claims;

import java.util.List;
import java.util.Map;
import org.livemig.results.stats.OneSidedTest;

/**
 * One claim of a claims file: the mean of {@code metric} over the runs of one selection is higher (or lower) than
 * over another selection, or than a number, shown by a one-sided test at level {@code alpha}; with
 * {@code forEach}, in every group of runs with the same values of those keys.
 *
 * @param name the claim's name, unique in its file
 * @param source {@code file:line} of the claim, for messages
 * @param metric the {@code index.csv} column compared
 * @param where key values every compared run has (both sides); a value of several alternatives, joined by
 *     {@link #ANY_OF}, matches any of them
 * @param forEach keys whose every combination of values is a separate comparison
 * @param higher true for "higher than", false for "lower than"
 * @param side the first selection, within {@code where}
 * @param than the second selection within {@code where}, or null when compared with {@code number}
 * @param number the number compared with when {@code than} is null
 * @param factor the second side is scaled by this before comparing (e.g. 0.5: "at least half")
 * @param test the one-sided test
 * @param alpha the test's level
 * @param lines where each key of the claim is written, {@code file:line}, for messages
 */
public record Claim(
        String name,
        String source,
        String metric,
        Map<String, String> where,
        List<String> forEach,
        boolean higher,
        Map<String, String> side,
        Map<String, String> than,
        double number,
        double factor,
        OneSidedTest test,
        double alpha,
        Map<String, String> lines) {

    /** Separates the alternatives of one selection value ({@code strategy: [push, pull]}). */
    public static final String ANY_OF = "|";

    /** Where {@code key} of this claim is written ({@code file:line}), else the claim's own line. */
    public String at(String key) {
        return lines.getOrDefault(key, source);
    }
}
