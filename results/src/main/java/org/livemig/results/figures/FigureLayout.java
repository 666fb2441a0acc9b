package org.livemig.results.figures;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.livemig.results.sweep.IndexRow;

/**
 * How the runs of a sweep are grouped: which dimensions ({@link RunDimensions}) split them into figures, into
 * rows and columns of panels, and into lines; the seeds of one line are its replications. No dimension that
 * varies is pooled: one not placed elsewhere splits the figures. A dimension that the others already determine
 * (the thresholds of a preset beside its PM count) adds nothing and is left out.
 *
 * <p>The thesis layout (no {@code --by}): a figure per variant (type, thresholds, settle periods, overload
 * failure), a row per strategy, a column per size, hypervisor and backend, a line per load and value of any
 * other key that varies. With {@code --by K1,...,Kn}: the last key gives the lines, the first the rows (n >= 2),
 * the others the columns; everything else that varies gives figures.
 *
 * @param figures dimensions that split the figures
 * @param rows dimensions of the panel rows
 * @param columns dimensions of the panel columns
 * @param lines dimensions of the lines
 * @param thesis whether this is the thesis layout (figures named by variant, columns by size)
 */
public record FigureLayout(
        List<String> figures, List<String> rows, List<String> columns, List<String> lines, boolean thesis) {

    private static final List<String> THESIS_COLUMNS = List.of("pms", "hypervisor", "backend");

    /**
     * The layout of {@code rows}.
     *
     * @param rows the runs' index rows
     * @param by the user's grouping keys in order, or none for the thesis layout
     * @return the layout
     * @throws IllegalArgumentException naming a key of {@code by} that is no dimension of the runs
     */
    public static FigureLayout of(List<IndexRow> rows, List<String> by) {
        List<String> known = RunDimensions.of(rows);
        List<String> varying = varying(rows, known);
        if (by.isEmpty()) {
            Set<String> placed = new HashSet<>(RunDimensions.VARIANT);
            placed.add("strategy");
            placed.add("load");
            placed.addAll(THESIS_COLUMNS);
            List<String> lines = new ArrayList<>();
            List<String> extras =
                    varying.stream().filter(d -> !placed.contains(d)).toList();
            if (extras.isEmpty() || varying.contains("load")) {
                lines.add("load");
            }
            lines.addAll(extras);
            return new FigureLayout(RunDimensions.VARIANT, List.of("strategy"), THESIS_COLUMNS, lines, true);
        }
        List<String> keys = new ArrayList<>();
        for (String name : by) {
            String d = RunDimensions.resolve(name, known)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "--by " + name + ": no such key in these runs (keys that vary: "
                                    + (varying.isEmpty() ? "none" : String.join(", ", varying)) + ")"));
            if (keys.contains(d)) {
                throw new IllegalArgumentException("--by " + name + ": given twice");
            }
            keys.add(d);
        }
        List<String> figures = varying.stream().filter(d -> !keys.contains(d)).toList();
        List<String> rowsOf = keys.size() >= 2 ? List.of(keys.get(0)) : List.of();
        List<String> columns = keys.size() >= 3 ? keys.subList(1, keys.size() - 1) : List.of();
        return new FigureLayout(figures, rowsOf, List.copyOf(columns), List.of(keys.get(keys.size() - 1)), false);
    }

    /**
     * The dimensions with more than one value among {@code rows}, in {@code known} order, less those the
     * dimensions before them determine.
     */
    static List<String> varying(List<IndexRow> rows, List<String> known) {
        List<String> kept = new ArrayList<>();
        int groups = 1;
        for (String d : known) {
            List<String> with = new ArrayList<>(kept);
            with.add(d);
            int n = distinct(rows, with);
            if (n > groups) {
                kept.add(d);
                groups = n;
            }
        }
        return kept;
    }

    private static int distinct(List<IndexRow> rows, List<String> dims) {
        Set<String> keys = new HashSet<>();
        rows.forEach(r -> keys.add(key(r, dims)));
        return keys.size();
    }

    /** The values of {@code dims} in {@code row}, joined; the identity of its group. */
    static String key(IndexRow row, List<String> dims) {
        StringBuilder k = new StringBuilder();
        for (String d : dims) {
            k.append(RunDimensions.value(row, d)).append('\u0001');
        }
        return k.toString();
    }

    /** Every dimension of the layout: figures, rows, columns, lines; a configuration's identity. */
    public List<String> configuration() {
        LinkedHashSet<String> all = new LinkedHashSet<>(figures);
        all.addAll(rows);
        all.addAll(columns);
        all.addAll(lines);
        return List.copyOf(all);
    }

    /** A line's label in {@code row}: its dimensions' values, e.g. "low load (0.25), loss probability 0.05". */
    String lineLabel(IndexRow row) {
        return label(row, lines);
    }

    /** The labels of {@code dims}' values in {@code row}, joined by commas. */
    static String label(IndexRow row, List<String> dims) {
        List<String> parts = new ArrayList<>();
        for (String d : dims) {
            parts.add(RunDimensions.label(d, RunDimensions.value(row, d)));
        }
        return String.join(", ", parts);
    }
}
