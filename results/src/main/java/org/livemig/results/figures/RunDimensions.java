package org.livemig.results.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.livemig.results.sweep.IndexRow;
import org.livemig.scenario.ScenarioKey;
import org.livemig.scenario.ScenarioKeys;

/**
 * What tells the runs of a sweep apart, apart from their seed: the parameters of {@code index.csv}'s fixed columns
 * (strategy, load, type, ...) and the further columns of the scenario keys a sweep varies (full dotted names such
 * as {@code network.loss_probability}, and {@code preset}). A dotted key that has a fixed column
 * ({@code workload.load} is {@code load}) is that column. Names given by a user ({@code --by}, claims) resolve
 * to a dimension: a column name, a full dotted key, or a key's last part when one dimension has it.
 */
public final class RunDimensions {

    /** The fixed-column dimensions, in the order layouts and tables use them. */
    static final List<String> FIXED = List.of(
            "strategy",
            "load",
            "type",
            "variable_thresholds",
            "destination_settle_s",
            "source_settle_s",
            "overload_failure",
            "pms",
            "hypervisor",
            "backend",
            "vms",
            "push_threshold",
            "pull_threshold",
            "change_at_s",
            "duration_s");

    /** The dimensions that make up a thesis variant ({@link IndexRow#variant()}). */
    static final List<String> VARIANT =
            List.of("type", "variable_thresholds", "destination_settle_s", "source_settle_s", "overload_failure");

    private static final Map<String, Function<IndexRow, String>> GETTERS = new LinkedHashMap<>();
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("workload.load", "load"),
            Map.entry("workload.type", "type"),
            Map.entry("negotiation.variable_thresholds", "variable_thresholds"),
            Map.entry("negotiation.destination_settle_s", "destination_settle_s"),
            Map.entry("negotiation.source_settle_s", "source_settle_s"),
            Map.entry("overload_failure.enabled", "overload_failure"),
            Map.entry("topology.pms", "pms"),
            Map.entry("topology.vms", "vms"),
            Map.entry("negotiation.push_threshold", "push_threshold"),
            Map.entry("negotiation.pull_threshold", "pull_threshold"),
            Map.entry("workload.change_at_s", "change_at_s"));

    static {
        GETTERS.put("strategy", IndexRow::strategy);
        GETTERS.put("load", IndexRow::load);
        GETTERS.put("type", IndexRow::type);
        GETTERS.put("variable_thresholds", r -> Boolean.toString(r.variableThresholds()));
        GETTERS.put(
                "destination_settle_s",
                r -> number(
                        Double.isNaN(r.destinationSettleS())
                                ? IndexRow.THESIS_DESTINATION_SETTLE_S
                                : r.destinationSettleS()));
        GETTERS.put(
                "source_settle_s",
                r -> number(Double.isNaN(r.sourceSettleS()) ? IndexRow.THESIS_SOURCE_SETTLE_S : r.sourceSettleS()));
        GETTERS.put("overload_failure", r -> Boolean.toString(r.overloadFailure()));
        GETTERS.put("pms", r -> Integer.toString(r.pms()));
        GETTERS.put("hypervisor", IndexRow::hypervisor);
        GETTERS.put("backend", IndexRow::backend);
        GETTERS.put("vms", r -> Integer.toString(r.vms()));
        GETTERS.put("push_threshold", r -> number(r.pushThreshold()));
        GETTERS.put("pull_threshold", r -> number(r.pullThreshold()));
        GETTERS.put("change_at_s", r -> number(r.changeAtS()));
        GETTERS.put("duration_s", r -> number(r.durationS()));
    }

    private RunDimensions() {}

    /** The value of dimension {@code name} in {@code row}; empty text when the run has none. */
    public static String value(IndexRow row, String name) {
        Function<IndexRow, String> getter = GETTERS.get(name);
        if (getter != null) {
            return getter.apply(row);
        }
        return row.columns().getOrDefault(name, "");
    }

    /** The dimensions of {@code rows}: the fixed ones, then every scenario-key column any row has. */
    public static List<String> of(List<IndexRow> rows) {
        List<String> names = new ArrayList<>(FIXED);
        for (IndexRow row : rows) {
            for (String column : row.columns().keySet()) {
                if (isScenarioKey(column) && !ALIASES.containsKey(column) && !names.contains(column)) {
                    names.add(column);
                }
            }
        }
        return names;
    }

    /** Whether {@code column} of {@code index.csv} is a scenario key (a parameter) rather than a result. */
    public static boolean isScenarioKey(String column) {
        return column.equals(ScenarioKeys.PRESET) || ScenarioKeys.find(column).isPresent();
    }

    /**
     * The dimension a user's name means among {@code known}: itself, the fixed column of a dotted key, or the one
     * dimension whose dotted name ends with {@code .name}.
     */
    public static Optional<String> resolve(String name, List<String> known) {
        String n = ALIASES.getOrDefault(name.trim(), name.trim());
        if (known.contains(n)) {
            return Optional.of(n);
        }
        List<String> byLeaf = known.stream().filter(k -> k.endsWith("." + n)).toList();
        if (byLeaf.size() == 1) {
            return Optional.of(byLeaf.get(0));
        }
        Optional<ScenarioKey> key = ScenarioKeys.find(n);
        return key.isPresent() && known.contains(key.get().name())
                ? Optional.of(key.get().name())
                : Optional.empty();
    }

    /** A dimension's short name for labels: the part after the last dot. */
    static String shortName(String dimension) {
        return dimension.substring(dimension.lastIndexOf('.') + 1);
    }

    /** How a value reads in a label: strategies and loads by name, booleans and numbers with their key. */
    static String label(String dimension, String value) {
        return switch (dimension) {
            case "strategy" -> strategyName(value);
            case "load" ->
                switch (value) {
                    case "low" -> "low load (0.25)";
                    case "medium" -> "medium load (0.4)";
                    case "high" -> "high load (0.55)";
                    default -> value + " load";
                };
            case "hypervisor" -> value.equals("kvm") ? "KVM" : value.equals("xen") ? "Xen" : value;
            case "pms" -> value + " PMs";
            case "type" -> value;
            default -> shortName(dimension).replace('_', ' ') + " " + value;
        };
    }

    /** What a strategy is: Push, Pull, Hybrid, LCC balance, or a baseline named as one. */
    public static String strategyName(String strategy) {
        return switch (strategy.toLowerCase(Locale.ROOT)) {
            case "push" -> "Push";
            case "pull" -> "Pull";
            case "hybrid" -> "Hybrid";
            case "lcc-balance" -> "LCC balance";
            case "lcc-consolidate" -> "LCC consolidate";
            case "none" -> "No migration (baseline)";
            case "central-threshold" -> "Central threshold (baseline)";
            case "central-lr-mmt" -> "Central LR-MMT (baseline)";
            default -> strategy;
        };
    }

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
