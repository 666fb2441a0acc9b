package org.livemig.results.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.livemig.results.chart.FittedRange;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * One thesis figure: a grid of panels (one per strategy and column, a column being a size, hypervisor and
 * backend), each with one line per load profile (mean over seeds, shaded from the lowest to the highest
 * seed), a title, and a legend below the grid so that it covers no data. Drawn on any {@link Graphics2D} (PNG or SVG).
 */
public final class FigureGrid {

  /** Width of one panel. */
  static final int PANEL_W = 440;
  /** Height of one panel. */
  static final int PANEL_H = 280;
  private static final int TOP = 64;
  private static final int BOTTOM = 70;
  private static final int SIDE = 12;

  /** One panel: its title and one band per line label, in order. */
  record Panel(String title, Map<String, SeedBand> lines) {}

  private final String title;
  private final String subtitle;
  private final FigureMetric metric;
  private final List<List<Panel>> rows;
  private final Map<String, Color> colors;

  /**
   * @param title the figure's title
   * @param subtitle a second line under the title
   * @param metric what the panels show
   * @param rows panels row by row (null for an empty cell)
   * @param colors the colour of each line label, in legend order
   */
  FigureGrid(String title, String subtitle, FigureMetric metric, List<List<Panel>> rows,
      Map<String, Color> colors) {
    this.title = title;
    this.subtitle = subtitle;
    this.metric = metric;
    this.rows = rows;
    this.colors = new LinkedHashMap<>(colors);
  }

  /** The panels row by row (null for an empty cell). */
  List<List<Panel>> rows() {
    return rows;
  }

  /** Width of the whole figure. */
  public int width() {
    int cols = rows.stream().mapToInt(List::size).max().orElse(1);
    return Math.max(2 * SIDE + cols * PANEL_W, 720);
  }

  /** Height of the whole figure. */
  public int height() {
    return TOP + rows.size() * PANEL_H + BOTTOM;
  }

  /** Draws the figure on {@code g} from (0, 0) to ({@link #width()}, {@link #height()}). */
  public void draw(Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width(), height());
    g.setColor(Color.BLACK);
    centred(g, title, new Font(Font.SANS_SERIF, Font.BOLD, 20), 28);
    centred(g, subtitle, new Font(Font.SANS_SERIF, Font.PLAIN, 13), 50);
    FittedRange range = yRange();
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < rows.get(r).size(); c++) {
        Rectangle2D area = new Rectangle2D.Double(SIDE + c * PANEL_W, TOP + r * PANEL_H, PANEL_W, PANEL_H);
        Panel panel = rows.get(r).get(c);
        if (panel == null) {
          g.setColor(Color.GRAY);
          g.drawString("no runs", (float) area.getCenterX() - 20, (float) area.getCenterY());
        } else {
          chart(panel, range).draw(g, area);
        }
      }
    }
    legend(g, TOP + rows.size() * PANEL_H + 28);
  }

  private double upperBound() {
    double max = 0;
    for (List<Panel> row : rows) {
      for (Panel p : row) {
        if (p != null) {
          for (SeedBand b : p.lines().values()) {
            for (double v : b.max()) {
              max = Math.max(max, v);
            }
          }
        }
      }
    }
    return max <= 0 ? 1 : max * 1.08;
  }

  /** The y range of every panel: from 0 to above the largest value, or fitted to E's values. */
  private FittedRange yRange() {
    if (metric != FigureMetric.SYSTEM_PERFORMANCE) {
      return new FittedRange(0, upperBound());
    }
    double min = Double.NaN;
    double max = Double.NaN;
    for (List<Panel> row : rows) {
      for (Panel p : row) {
        if (p != null) {
          for (SeedBand b : p.lines().values()) {
            for (int k = 0; k < b.xs().length; k++) {
              min = Double.isNaN(min) ? b.min()[k] : Math.min(min, b.min()[k]);
              max = Double.isNaN(max) ? b.max()[k] : Math.max(max, b.max()[k]);
            }
          }
        }
      }
    }
    return FittedRange.of(min, max);
  }

  private JFreeChart chart(Panel panel, FittedRange range) {
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    DeviationRenderer renderer = new DeviationRenderer(true, false);
    renderer.setAlpha(0.18f);
    int i = 0;
    for (Map.Entry<String, SeedBand> line : panel.lines().entrySet()) {
      YIntervalSeries s = new YIntervalSeries(line.getKey(), false, true);
      SeedBand b = line.getValue();
      for (int k = 0; k < b.xs().length; k++) {
        s.add(b.xs()[k], b.mean()[k], b.min()[k], b.max()[k]);
      }
      data.addSeries(s);
      Color color = colors.getOrDefault(line.getKey(), Color.DARK_GRAY);
      renderer.setSeriesPaint(i, color);
      renderer.setSeriesFillPaint(i, color);
      renderer.setSeriesStroke(i, new BasicStroke(1.6f));
      i++;
    }
    NumberAxis x = new NumberAxis("Time (s)");
    x.setAutoRangeIncludesZero(true);
    x.setLowerMargin(0);
    x.setUpperMargin(0.02);
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits(java.util.Locale.ROOT));
    NumberAxis y = new NumberAxis(metric.axisLabel());
    y.setRange(range.lower(), range.upper());
    y.setStandardTickUnits(NumberAxis.createStandardTickUnits(java.util.Locale.ROOT));
    Font label = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    x.setLabelFont(label);
    y.setLabelFont(label);
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xD0D0D0));
    plot.setRangeGridlinePaint(new Color(0xD0D0D0));
    plot.setOutlinePaint(Color.GRAY);
    JFreeChart chart = new JFreeChart(null, null, plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(2, 4, 6, 14));
    chart.setTitle(new TextTitle(panel.title(), new Font(Font.SANS_SERIF, Font.BOLD, 13)));
    return chart;
  }

  private void legend(Graphics2D g, int baseline) {
    Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    g.setFont(font);
    FontMetrics fm = g.getFontMetrics();
    List<String> labels = new ArrayList<>(colors.keySet());
    int maxRuns = 0;
    for (List<Panel> row : rows) {
      for (Panel p : row) {
        if (p != null) {
          for (SeedBand b : p.lines().values()) {
            maxRuns = Math.max(maxRuns, b.runs());
          }
        }
      }
    }
    String note = maxRuns > 1 ? "line: mean over seeds; shaded: lowest to highest seed (up to " + maxRuns
        + " seeds)" : "one run per line";
    int total = 0;
    for (String l : labels) {
      total += 36 + fm.stringWidth(l) + 24;
    }
    int x = Math.max(SIDE, (width() - total) / 2);
    for (String l : labels) {
      g.setColor(colors.get(l));
      g.setStroke(new BasicStroke(3f));
      g.drawLine(x, baseline - 5, x + 28, baseline - 5);
      g.setColor(Color.BLACK);
      g.drawString(l, x + 36, baseline);
      x += 36 + fm.stringWidth(l) + 24;
    }
    g.setColor(Color.DARK_GRAY);
    g.drawString(note, Math.max(SIDE, (width() - fm.stringWidth(note)) / 2), baseline + 22);
  }

  private void centred(Graphics2D g, String text, Font font, int baseline) {
    g.setFont(font);
    int w = g.getFontMetrics().stringWidth(text);
    g.drawString(text, Math.max(SIDE, (width() - w) / 2), baseline);
  }
}
