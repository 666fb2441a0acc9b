package org.livemig.results.sweep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.livemig.results.RunSummary;

/**
 * The columns of {@code index.csv} a run's summary gives: its parameters from the extra keys, its numbers, and
 * every further numeric key as a column of its own.
 */
final class SummaryColumns {

    /** Summary keys that have a fixed column of their own, so they are not repeated among the further ones. */
    private static final List<String> FIXED_SUMMARY_KEYS =
            List.of("push_threshold", "pull_threshold", "change_at_s", "destination_settle_s", "source_settle_s");

    private SummaryColumns() {}

    /** {@link IndexRow#of}: the row of the run in directory {@code run} from its summary {@code s}. */
    static IndexRow row(String run, RunSummary s) {
        Map<String, Object> x = s.extra();
        Map<String, String> numbers = new LinkedHashMap<>();
        x.forEach((key, value) -> summaryNumbers(key, value, numbers));
        return new IndexRow(
                run,
                s.scenario(),
                s.strategy(),
                s.hypervisor(),
                text(x, "type", "normal"),
                text(x, "load", "medium"),
                Boolean.parseBoolean(text(x, "variable_thresholds", "false")),
                s.pms(),
                s.vms(),
                number(x, "push_threshold", Double.NaN),
                number(x, "pull_threshold", Double.NaN),
                s.seed(),
                s.simTimeS(),
                number(x, "change_at_s", s.simTimeS() / 2),
                s.attempts(),
                s.migrations(),
                s.meanSystemPerformance(),
                s.finalSystemPerformance(),
                s.overheadKbps(),
                s.events(),
                s.wallS(),
                text(x, "backend", IndexRow.SIMULATION),
                number(x, "destination_settle_s", Double.NaN),
                number(x, "source_settle_s", Double.NaN),
                Boolean.parseBoolean(text(x, "overload_failure", "false")),
                numbers);
    }

    /**
     * Adds a numeric summary value (or the numbers of a nested object, as {@code key_member}) to
     * {@code out}, written as in {@code index.csv}; text, booleans and lists are left out.
     */
    private static void summaryNumbers(String key, Object value, Map<String, String> out) {
        if (value instanceof Number n && !FIXED_SUMMARY_KEYS.contains(key)) {
            out.put(key, numberText(n));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((member, v) -> summaryNumbers(key + "_" + member, v, out));
        }
    }

    /** A number as {@code index.csv} writes it: whole numbers as such, others with 9 decimals, NaN as nan. */
    private static String numberText(Number n) {
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
            return Long.toString(n.longValue());
        }
        double v = n.doubleValue();
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
        }
        return org.livemig.results.csv.FixedDecimal.format(v, 9); // SLAV and ESV are of order 1e-6
    }

    private static String text(Map<String, Object> extra, String key, String fallback) {
        Object value = extra.get(key);
        return value == null ? fallback : value.toString().toLowerCase(Locale.ROOT);
    }

    private static double number(Map<String, Object> extra, String key, double fallback) {
        Object value = extra.get(key);
        return value instanceof Number n ? n.doubleValue() : fallback;
    }
}
