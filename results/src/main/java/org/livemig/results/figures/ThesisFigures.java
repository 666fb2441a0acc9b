package org.livemig.results.figures;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;
import org.livemig.results.chart.ChartFiles;
import org.livemig.results.sweep.IndexRow;

/**
 * The thesis figures of a set of runs (SPEC 6): for each scenario variant (type and thresholds) and each
 * {@link FigureMetric}, one figure with one panel per strategy (rows) and per size and hypervisor (columns:
 * simulation beside testbed, Xen beside KVM, a real backend such as libvirt beside the simulation of
 * the same size) and one line per load profile, written as PNG and SVG.
 */
public final class ThesisFigures {

    static {
        ChartFiles.ensureHeadless();
    }

    private static final List<String> STRATEGIES = List.of(
            "push", "pull", "hybrid", "lcc-balance", "lcc-consolidate", "none", "central-threshold", "central-lr-mmt");
    private static final List<String> LOADS = List.of("low", "medium", "high");
    private static final Map<String, Color> LOAD_COLORS =
            Map.of("low", new Color(0x1F77B4), "medium", new Color(0x2CA02C), "high", new Color(0xD62728));
    /** Colours of lines that are not loads (Tableau 10). */
    private static final int[] PALETTE = {
        0x1F77B4, 0xFF7F0E, 0x2CA02C, 0xD62728, 0x9467BD, 0x8C564B, 0xE377C2, 0x7F7F7F, 0xBCBD22, 0x17BECF
    };

    private ThesisFigures() {}

    /**
     * The runs of one figure: a value of the layout's figure dimensions.
     *
     * @param name the file stem, e.g. {@code normal-fixed} or {@code loss-probability-0.05}
     * @param title what the figure shows, e.g. {@code Normal without variable thresholds}
     * @param runs its runs
     */
    public record Group(String name, String title, List<RunSeries> runs) {}

    /**
     * Builds the figure of one variant and metric in the thesis layout.
     *
     * @param runs runs, all of the same variant
     * @param metric what to show
     * @param variant the variant, e.g. {@code normal-fixed}
     * @return the figure
     */
    public static FigureGrid figure(List<RunSeries> runs, FigureMetric metric, String variant) {
        FigureLayout layout = FigureLayout.of(runs.stream().map(RunSeries::row).toList(), List.of());
        return figure(runs, metric, layout, variantTitle(variant));
    }

    /**
     * Builds the figure of one group of runs and one metric.
     *
     * @param runs the group's runs
     * @param metric what to show
     * @param layout how runs make panels and lines
     * @param what the group's title, after the metric's
     * @return the figure
     */
    public static FigureGrid figure(List<RunSeries> runs, FigureMetric metric, FigureLayout layout, String what) {
        List<IndexRow> all = runs.stream().map(RunSeries::row).toList();
        List<IndexRow> rowKeys = distinct(all, layout.rows());
        List<ThesisColumn> columns = layout.thesis() ? ThesisColumn.of(all) : List.of();
        List<IndexRow> columnKeys = layout.thesis() ? List.of() : distinct(all, layout.columns());
        int columnCount = layout.thesis() ? columns.size() : columnKeys.size();
        boolean withReal = ThesisColumn.anyReal(columns);
        double end = runs.stream().mapToDouble(ThesisFigures::endS).max().orElse(0);
        double binS = FigureMetric.binFor(end);
        double windowS = FigureMetric.windowFor(end);
        List<IndexRow> lineKeys = distinct(all, layout.lines());
        List<List<FigureGrid.Panel>> rows = new ArrayList<>();
        for (IndexRow rowKey : rowKeys) {
            List<FigureGrid.Panel> row = new ArrayList<>();
            for (int c = 0; c < columnCount; c++) {
                ThesisColumn column = layout.thesis() ? columns.get(c) : null;
                IndexRow columnKey = layout.thesis() ? null : columnKeys.get(c);
                Map<String, SeedBand> lines = new LinkedHashMap<>();
                for (IndexRow lineKey : lineKeys) {
                    List<double[][]> points = runs.stream()
                            .filter(r -> same(r.row(), rowKey, layout.rows())
                                    && (column != null
                                            ? column.matches(r.row())
                                            : same(r.row(), columnKey, layout.columns()))
                                    && same(r.row(), lineKey, layout.lines()))
                            .map(r -> metric.points(r.metrics(), binS, windowS))
                            .toList();
                    if (!points.isEmpty()) {
                        lines.put(layout.lineLabel(lineKey), SeedBand.of(points));
                    }
                }
                String rowTitle = FigureLayout.label(rowKey, layout.rows());
                String columnTitle =
                        column != null ? column.title(withReal) : FigureLayout.label(columnKey, layout.columns());
                String title = rowTitle.isEmpty()
                        ? columnTitle
                        : columnTitle.isEmpty() ? rowTitle : rowTitle + " - " + columnTitle;
                row.add(lines.isEmpty() ? null : new FigureGrid.Panel(title.isEmpty() ? "all runs" : title, lines));
            }
            rows.add(row);
        }
        Map<String, Color> colors = new LinkedHashMap<>();
        boolean byLoad = layout.lines().equals(List.of("load"));
        int i = 0;
        for (IndexRow lineKey : lineKeys) {
            Color palette = new Color(PALETTE[i++ % PALETTE.length]);
            colors.put(layout.lineLabel(lineKey), byLoad ? LOAD_COLORS.getOrDefault(lineKey.load(), palette) : palette);
        }
        return new FigureGrid(metric.title() + ": " + what, subtitle(layout), metric, rows, colors);
    }

    private static String subtitle(FigureLayout layout) {
        if (layout.thesis()) {
            return "one panel per strategy; simulation beside testbed, Xen beside KVM; one line per "
                    + String.join(
                            " and ",
                            layout.lines().stream()
                                    .map(RunDimensions::shortName)
                                    .toList());
        }
        List<String> parts = new ArrayList<>();
        if (!layout.rows().isEmpty()) {
            parts.add("rows by " + names(layout.rows()));
        }
        if (!layout.columns().isEmpty()) {
            parts.add("columns by " + names(layout.columns()));
        }
        parts.add("one line per " + names(layout.lines()));
        return String.join("; ", parts);
    }

    private static String names(List<String> dims) {
        return String.join(", ", dims);
    }

    /**
     * The figures of {@code runs} under {@code layout}: one group per value of its figure dimensions, the
     * thesis variants in thesis order.
     */
    public static List<Group> groups(List<RunSeries> runs, FigureLayout layout) {
        List<Group> groups = new ArrayList<>();
        if (layout.thesis()) {
            for (String variant : variants(runs)) {
                groups.add(new Group(
                        variant,
                        variantTitle(variant),
                        runs.stream()
                                .filter(r -> r.row().variant().equals(variant))
                                .toList()));
            }
            return groups;
        }
        for (IndexRow key : distinct(runs.stream().map(RunSeries::row).toList(), layout.figures())) {
            List<RunSeries> of = runs.stream()
                    .filter(r -> same(r.row(), key, layout.figures()))
                    .toList();
            String title = FigureLayout.label(key, layout.figures());
            String name = title.isEmpty()
                    ? "all"
                    : title.toLowerCase(java.util.Locale.ROOT)
                            .replaceAll("[^a-z0-9.]+", "-")
                            .replaceAll("^-|-$", "");
            groups.add(new Group(name, title.isEmpty() ? "all runs" : title, of));
        }
        return groups;
    }

    /**
     * Writes every figure of {@code runs} in the thesis layout into {@code dir} as {@code VARIANT-METRIC.png} and
     * {@code .svg}.
     *
     * @param runs the runs
     * @param dir the output directory, created if needed
     * @return the PNG files written, in order
     * @throws IOException if writing fails
     */
    public static List<Path> writeAll(List<RunSeries> runs, Path dir) throws IOException {
        return writeAll(
                runs, dir, FigureLayout.of(runs.stream().map(RunSeries::row).toList(), List.of()));
    }

    /**
     * Writes every figure of {@code runs} under {@code layout} into {@code dir} as {@code GROUP-METRIC.png} and
     * {@code .svg}.
     *
     * @param runs the runs
     * @param dir the output directory, created if needed
     * @param layout how runs make figures, panels and lines
     * @return the PNG files written, in order
     * @throws IOException if writing fails
     */
    public static List<Path> writeAll(List<RunSeries> runs, Path dir, FigureLayout layout) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (Group group : groups(runs, layout)) {
            for (FigureMetric metric : FigureMetric.values()) {
                FigureGrid grid = figure(group.runs(), metric, layout, group.title());
                Path png = dir.resolve(group.name() + "-" + metric.fileStem() + ".png");
                writePng(grid, png);
                writeSvg(grid, dir.resolve(group.name() + "-" + metric.fileStem() + ".svg"));
                written.add(png);
            }
        }
        return written;
    }

    /** The variants of {@code runs} in thesis order (normal fixed, normal variable, burst, drain, ...). */
    public static List<String> variants(List<RunSeries> runs) {
        List<String> order =
                List.of("normal-fixed", "normal-variable", "burst-variable", "drain-variable", "fluctuation-variable");
        return ordered(runs.stream().map(r -> r.row().variant()).toList(), order);
    }

    /** Whether {@code a} and {@code b} agree on every dimension of {@code dims}. */
    private static boolean same(IndexRow a, IndexRow b, List<String> dims) {
        for (String d : dims) {
            if (!RunDimensions.value(a, d).equals(RunDimensions.value(b, d))) {
                return false;
            }
        }
        return true;
    }

    /**
     * One row for each distinct combination of {@code dims}' values, ordered dimension by dimension: strategies
     * and loads in thesis order, numbers by value, other text alphabetically.
     */
    static List<IndexRow> distinct(List<IndexRow> rows, List<String> dims) {
        Map<String, IndexRow> first = new LinkedHashMap<>();
        rows.forEach(r -> first.putIfAbsent(FigureLayout.key(r, dims), r));
        List<IndexRow> result = new ArrayList<>(first.values());
        Comparator<IndexRow> order = (a, b) -> 0;
        for (String d : dims) {
            order = order.thenComparing(
                    (a, b) -> compareValues(d, RunDimensions.value(a, d), RunDimensions.value(b, d)));
        }
        result.sort(order);
        return result;
    }

    private static int compareValues(String dimension, String a, String b) {
        List<String> fixed = dimension.equals("strategy")
                ? STRATEGIES
                : dimension.equals("load") ? LOADS : dimension.equals("hypervisor") ? List.of("xen", "kvm") : List.of();
        int ia = fixed.indexOf(a);
        int ib = fixed.indexOf(b);
        if (ia >= 0 || ib >= 0) {
            return Integer.compare(ia < 0 ? Integer.MAX_VALUE : ia, ib < 0 ? Integer.MAX_VALUE : ib);
        }
        try {
            int byNumber = Double.compare(Double.parseDouble(a), Double.parseDouble(b));
            return dimension.equals("pms") ? -byNumber : byNumber;
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }

    /** A human title of a variant, e.g. {@code Burst with variable thresholds}. */
    public static String variantTitle(String variant) {
        java.util.regex.Matcher m = VARIANT.matcher(variant);
        if (!m.matches()) {
            return variant;
        }
        String title =
                capital(m.group(1)) + (m.group(2).equals("variable") ? " with" : " without") + " variable thresholds";
        if (m.group(3) != null) {
            title += ", settle periods " + m.group(3) + " s / " + m.group(4) + " s";
        }
        return m.group(5) != null ? title + ", overload failure" : title;
    }

    /** A variant: type, thresholds, then settle periods and overload failure outside the thesis's settings. */
    private static final java.util.regex.Pattern VARIANT =
            java.util.regex.Pattern.compile("(.+?)-(fixed|variable)(?:-settle-([^-]+)-([^-]+))?(-overload)?");

    static void writePng(FigureGrid grid, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(png(grid));
        }
    }

    /**
     * Renders a figure as PNG, as {@link #writeAll} writes it.
     *
     * @param grid the figure
     * @return the PNG file's bytes
     * @throws IOException if no PNG encoder is available
     */
    public static byte[] png(FigureGrid grid) throws IOException {
        BufferedImage image = new BufferedImage(grid.width(), grid.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            grid.draw(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer available");
        }
        return out.toByteArray();
    }

    static void writeSvg(FigureGrid grid, Path file) throws IOException {
        SVGGraphics2D svg = new SVGGraphics2D(grid.width(), grid.height());
        svg.setDefsKeyPrefix("livemig");
        grid.draw(svg);
        Files.writeString(file, svg.getSVGDocument() + "\n", StandardCharsets.UTF_8);
    }

    /** When the run's last sample was taken, s (0 without samples). */
    private static double endS(RunSeries run) {
        return run.metrics().isEmpty()
                ? 0
                : run.metrics().get(run.metrics().size() - 1).timeS();
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The distinct values, those in {@code order} first in that order, then the others sorted. */
    static List<String> ordered(List<String> values, List<String> order) {
        List<String> result = new ArrayList<>();
        for (String o : order) {
            if (values.contains(o)) {
                result.add(o);
            }
        }
        for (String v : new TreeSet<>(values)) {
            if (!result.contains(v)) {
                result.add(v);
            }
        }
        return result;
    }
}
