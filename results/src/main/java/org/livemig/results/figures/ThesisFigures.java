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

  private static final List<String> STRATEGIES = List.of("push", "pull", "hybrid", "lcc-balance",
      "lcc-consolidate");
  private static final List<String> LOADS = List.of("low", "medium", "high");
  private static final Map<String, Color> LOAD_COLORS = Map.of("low", new Color(0x1F77B4), "medium",
      new Color(0x2CA02C), "high", new Color(0xD62728));
  private static final Map<String, String> LOAD_LABELS = Map.of("low", "low load (0.25)", "medium",
      "medium load (0.4)", "high", "high load (0.55)");

  private ThesisFigures() {}

  /**
   * Builds the figure of one variant and metric.
   *
   * @param runs runs, all of the same variant
   * @param metric what to show
   * @param variant the variant, e.g. {@code normal-fixed}
   * @return the figure
   */
  public static FigureGrid figure(List<RunSeries> runs, FigureMetric metric, String variant) {
    List<String> strategies = ordered(runs.stream().map(r -> r.row().strategy()).toList(), STRATEGIES);
    List<Column> columns = Column.of(runs.stream().map(RunSeries::row).toList());
    boolean withReal = Column.anyReal(columns);
    double end = runs.stream().mapToDouble(ThesisFigures::endS).max().orElse(0);
    double binS = FigureMetric.binFor(end);
    double windowS = FigureMetric.windowFor(end);
    List<String> loads = ordered(runs.stream().map(r -> r.row().load()).toList(), LOADS);
    List<List<FigureGrid.Panel>> rows = new ArrayList<>();
    for (String strategy : strategies) {
      List<FigureGrid.Panel> row = new ArrayList<>();
      for (Column column : columns) {
        Map<String, SeedBand> lines = new LinkedHashMap<>();
        for (String load : loads) {
          List<double[][]> points = runs.stream().filter(r -> r.row().strategy().equals(strategy)
              && column.matches(r.row()) && r.row().load().equals(load))
              .map(r -> metric.points(r.metrics(), binS, windowS)).toList();
          if (!points.isEmpty()) {
            lines.put(label(load), SeedBand.of(points));
          }
        }
        row.add(lines.isEmpty() ? null
            : new FigureGrid.Panel(capital(strategy) + " - " + column.title(withReal), lines));
      }
      rows.add(row);
    }
    Map<String, Color> colors = new LinkedHashMap<>();
    int extra = 0;
    for (String load : loads) {
      colors.put(label(load), LOAD_COLORS.getOrDefault(load, new Color(0x9467BD + 0x101010 * extra++)));
    }
    return new FigureGrid(metric.title() + ": " + variantTitle(variant),
        "one panel per strategy; simulation beside testbed, Xen beside KVM; one line per load profile",
        metric, rows, colors);
  }

  /**
   * Writes every figure of {@code runs} into {@code dir} as {@code VARIANT-METRIC.png} and {@code .svg}.
   *
   * @param runs the runs
   * @param dir the output directory, created if needed
   * @return the PNG files written, in order
   * @throws IOException if writing fails
   */
  public static List<Path> writeAll(List<RunSeries> runs, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    for (String variant : variants(runs)) {
      List<RunSeries> of = runs.stream().filter(r -> r.row().variant().equals(variant)).toList();
      for (FigureMetric metric : FigureMetric.values()) {
        FigureGrid grid = figure(of, metric, variant);
        Path png = dir.resolve(variant + "-" + metric.fileStem() + ".png");
        writePng(grid, png);
        writeSvg(grid, dir.resolve(variant + "-" + metric.fileStem() + ".svg"));
        written.add(png);
      }
    }
    return written;
  }

  /** The variants of {@code runs} in thesis order (normal fixed, normal variable, burst, drain, ...). */
  public static List<String> variants(List<RunSeries> runs) {
    List<String> order = List.of("normal-fixed", "normal-variable", "burst-variable", "drain-variable",
        "fluctuation-variable");
    return ordered(runs.stream().map(r -> r.row().variant()).toList(), order);
  }

  /** A human title of a variant, e.g. {@code Burst with variable thresholds}. */
  public static String variantTitle(String variant) {
    java.util.regex.Matcher m = VARIANT.matcher(variant);
    if (!m.matches()) {
      return variant;
    }
    String title = capital(m.group(1)) + (m.group(2).equals("variable") ? " with" : " without")
        + " variable thresholds";
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
    return run.metrics().isEmpty() ? 0 : run.metrics().get(run.metrics().size() - 1).timeS();
  }

  private static String label(String load) {
    return LOAD_LABELS.getOrDefault(load, load + " load");
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

  /**
   * A column of a figure: one size (PM count), hypervisor and backend ({@code simulation} or a real one such
   * as {@code libvirt}).
   */
  record Column(String size, int pms, String hypervisor, String backend) {
    static final Comparator<Column> ORDER = Comparator.comparing((Column c) -> -c.pms())
        .thenComparing(c -> c.hypervisor().equals("xen") ? "0" : c.hypervisor())
        .thenComparing(c -> c.backend().equals(IndexRow.SIMULATION) ? "0" : c.backend());

    /** The distinct columns of {@code rows}, larger first, Xen first, simulation before a real backend. */
    static List<Column> of(List<IndexRow> rows) {
      return rows.stream().map(r -> new Column(r.size(), r.pms(), r.hypervisor(), r.backend())).distinct()
          .sorted(ORDER).toList();
    }

    /** Whether one of {@code columns} is of a real backend. */
    static boolean anyReal(List<Column> columns) {
      return columns.stream().anyMatch(c -> !c.backend().equals(IndexRow.SIMULATION));
    }

    boolean matches(IndexRow row) {
      return row.pms() == pms && row.hypervisor().equals(hypervisor) && row.backend().equals(backend);
    }

    /**
     * What ran: the thesis size name ({@code testbed} up to 4 PMs, else {@code simulation}) when every run is
     * simulated; beside a real backend, {@code simulation} or {@code testbed on BACKEND} for the real runs.
     */
    String kind(boolean withReal) {
      if (!withReal) {
        return size;
      }
      return backend.equals(IndexRow.SIMULATION) ? "simulation" : "testbed on " + backend;
    }

    /** E.g. {@code simulation (19 PMs), Xen}, or {@code testbed (libvirt, 3 PMs), KVM} for a real backend. */
    String title(boolean withReal) {
      String what = !withReal || backend.equals(IndexRow.SIMULATION) ? kind(withReal) + " (" + pms + " PMs)"
          : "testbed (" + backend + ", " + pms + " PMs)";
      return what + ", " + hypervisorName(hypervisor);
    }

    static String hypervisorName(String hypervisor) {
      return hypervisor.equals("kvm") ? "KVM" : hypervisor.equals("xen") ? "Xen" : hypervisor;
    }
  }
}
