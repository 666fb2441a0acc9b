package org.livemig.results.report;

import static org.livemig.results.report.HtmlText.capital;
import static org.livemig.results.report.HtmlText.escape;
import static org.livemig.results.report.HtmlText.number;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.livemig.results.ResultFormatException;
import org.livemig.results.figures.AggregateTable;
import org.livemig.results.figures.FigureLayout;
import org.livemig.results.figures.FigureMetric;
import org.livemig.results.figures.OverheadTables;
import org.livemig.results.figures.RunSeries;
import org.livemig.results.figures.ThesisFigures;
import org.livemig.results.findings.FindingResult;
import org.livemig.results.findings.ThesisFindings;
import org.livemig.results.stats.MeanInterval;
import org.livemig.results.sweep.IndexRow;

/**
 * One self-contained HTML page of a set of runs (a sweep, or any result directories): the findings of
 * SPEC 7 ({@link ThesisFindings}) with their evidence, every thesis figure ({@link ThesisFigures}) as an
 * embedded PNG, the overhead-traffic tables ({@link OverheadTables}) and the runs. The page loads nothing
 * from elsewhere; a small inline script sets {@value #IMAGES_LOADED} on {@code <body>} to
 * {@code "N/M"} when the page has loaded, N of its M images having decoded.
 */
public final class HtmlReport {

    /** The attribute of {@code <body>} that counts decoded images, {@code "N/M"}, once the page has loaded. */
    public static final String IMAGES_LOADED = "data-images-loaded";

    private static final String STYLE = """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:0 auto;
      max-width:1400px;padding:1.5rem 2rem;color:#1d2329;background:#fff;line-height:1.45}
      h1{font-size:1.8rem;margin:0 0 .3rem}h2{margin-top:2.2rem;border-bottom:2px solid #d0d7de;
      padding-bottom:.2rem}h3{font-size:1.05rem;margin:1.6rem 0 .5rem}
      .lead{color:#57606a;margin:0 0 1rem}nav a{margin-right:1.2rem}
      .wide{overflow-x:auto}table{border-collapse:collapse;margin:.4rem 0 1rem;font-size:.9rem}
      th,td{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left;vertical-align:top}
      thead th{background:#f3f5f7}tbody tr:nth-child(even){background:#fafbfc}
      .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      .status{font-weight:600;white-space:nowrap;border-radius:4px;padding:.1rem .45rem}
      .PASS{background:#dafbe1;color:#116329}.FAIL{background:#ffebe9;color:#a40e26}
      .SKIPPED{background:#eaeef2;color:#57606a}td.evidence{font-size:.85rem;max-width:60rem}
      code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.85rem}
      figure{margin:1rem 0 2rem}figure img{max-width:100%;height:auto;border:1px solid #d0d7de}
      figcaption{font-weight:600;margin-bottom:.4rem}
      .counts span{margin-right:1rem}footer{margin-top:3rem;color:#57606a;font-size:.85rem}
      """;

    private static final String SCRIPT = """
      window.addEventListener('load', function () {
        var images = document.images, loaded = 0;
        for (var i = 0; i < images.length; i++) {
          if (images[i].complete && images[i].naturalWidth > 0) { loaded++; }
        }
        document.body.setAttribute('%s', loaded + '/' + images.length);
      });
      """.formatted(IMAGES_LOADED);

    private final String html;
    private final int figures;

    private HtmlReport(String html, int figures) {
        this.html = html;
        this.figures = figures;
    }

    /**
     * Builds the page of {@code runs}.
     *
     * @param title the page's title
     * @param runs the runs, at least one
     * @return the report
     * @throws IOException if a figure cannot be rendered
     * @throws ResultFormatException if a run's {@code pm_loads.csv} or {@code migrations.csv} that a finding
     *     reads is missing or malformed
     * @throws IllegalArgumentException if {@code runs} is empty
     */
    public static HtmlReport of(String title, List<RunSeries> runs) throws IOException, ResultFormatException {
        return of(title, runs, FigureLayout.of(runs.stream().map(RunSeries::row).toList(), List.of()));
    }

    /**
     * Builds the page of {@code runs}, figures and aggregate table grouped as {@code layout} says.
     *
     * @param title the page's title
     * @param runs the runs, at least one
     * @param layout how runs make figures, panels and lines
     * @return the report
     * @throws IOException if a figure cannot be rendered
     * @throws ResultFormatException if a file a finding reads is missing or malformed
     */
    public static HtmlReport of(String title, List<RunSeries> runs, FigureLayout layout)
            throws IOException, ResultFormatException {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one run");
        }
        List<FindingResult> findings = ThesisFindings.evaluate(runs);
        List<IndexRow> rows = runs.stream().map(RunSeries::row).toList();
        StringBuilder figureHtml = new StringBuilder();
        int figures = figures(runs, layout, figureHtml);
        StringBuilder out = new StringBuilder(figureHtml.length() + 65_536);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(escape(title))
                .append("</title>\n<style>\n")
                .append(STYLE)
                .append("</style>\n<script>\n")
                .append(SCRIPT)
                .append("</script>\n</head>\n<body>\n")
                .append("<h1>")
                .append(escape(title))
                .append("</h1>\n<p class=\"lead\">")
                .append(runs.size())
                .append(runs.size() == 1 ? " run" : " runs")
                .append(", ")
                .append(figures)
                .append(figures == 1 ? " figure" : " figures")
                .append(", ")
                .append(findings.size())
                .append(" findings of SPEC 7 (thesis chapter 5).</p>\n")
                .append("<nav><a href=\"#findings\">Findings</a><a href=\"#figures\">Figures</a>")
                .append("<a href=\"#aggregate\">Per configuration</a>")
                .append("<a href=\"#overhead\">Overhead traffic</a><a href=\"#runs\">Runs</a></nav>\n");
        findings(findings, out);
        out.append("<h2 id=\"figures\">Figures</h2>\n<p>")
                .append(escape(layoutText(layout)))
                .append(" Each line is the mean over seeds, shaded over the 95 % confidence interval of the mean "
                        + "(Student t, n - 1 degrees of freedom) where there are several.</p>\n")
                .append(figureHtml);
        aggregate(AggregateTable.of(rows, layout), out);
        overhead(OverheadTables.rows(rows), out);
        runTable(rows, out);
        out.append("<footer>Written by <code>livemig report</code>. Self-contained: every figure is embedded."
                + "</footer>\n</body>\n</html>\n");
        return new HtmlReport(out.toString(), figures);
    }

    /** The page's markup. */
    public String html() {
        return html;
    }

    /** How many figures (images) the page embeds. */
    public int figures() {
        return figures;
    }

    /**
     * Writes the page to {@code file} all at once: into a hidden temporary sibling first, then moved into
     * place with {@code ATOMIC_MOVE}, so readers never see a half-written page.
     *
     * @param file the HTML file, replaced if it exists
     * @throws IOException if {@code file} is a directory or writing fails (the temporary file is removed)
     */
    public void write(Path file) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new IOException(file + " is a directory, not an HTML file");
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, "." + target.getFileName() + ".tmp-", "");
        try {
            Files.writeString(temp, html, StandardCharsets.UTF_8);
            PosixFileAttributeView posix = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
            if (posix != null) {
                posix.setPermissions(PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    private static void findings(List<FindingResult> findings, StringBuilder out) {
        Map<FindingResult.Status, Integer> counts = new EnumMap<>(FindingResult.Status.class);
        findings.forEach(f -> counts.merge(f.status(), 1, Integer::sum));
        out.append("<h2 id=\"findings\">Findings</h2>\n<p class=\"counts\">");
        for (FindingResult.Status s : FindingResult.Status.values()) {
            out.append("<span><span class=\"status ")
                    .append(s)
                    .append("\">")
                    .append(s)
                    .append("</span> ")
                    .append(counts.getOrDefault(s, 0))
                    .append("</span>");
        }
        out.append("</p>\n");
        List<List<String>> rows = new ArrayList<>();
        for (FindingResult f : findings) {
            rows.add(List.of(
                    "<code>" + escape(f.id()) + "</code>",
                    "<span class=\"status " + f.status() + "\">" + f.status() + "</span>",
                    escape(f.description()),
                    escape(f.evidence())));
        }
        out.append(HtmlText.table(
                List.of("Finding", "Status", "What the thesis found", "Evidence"),
                List.of("", "", "", "evidence"),
                rows));
    }

    /** Appends every figure to {@code out}; returns how many. */
    private static int figures(List<RunSeries> runs, FigureLayout layout, StringBuilder out) throws IOException {
        int count = 0;
        for (ThesisFigures.Group group : ThesisFigures.groups(runs, layout)) {
            out.append("<h3>").append(escape(group.title())).append("</h3>\n");
            for (FigureMetric metric : FigureMetric.values()) {
                String caption = metric.title() + ": " + group.title();
                byte[] png = ThesisFigures.png(ThesisFigures.figure(group.runs(), metric, layout, group.title()));
                out.append("<figure id=\"")
                        .append(escape(group.name() + "-" + metric.fileStem()))
                        .append("\">")
                        .append("<figcaption>")
                        .append(escape(caption))
                        .append("</figcaption>\n")
                        .append("<img alt=\"")
                        .append(escape(caption))
                        .append("\" src=\"data:image/png;base64,")
                        .append(Base64.getEncoder().encodeToString(png))
                        .append("\"></figure>\n");
                count++;
            }
        }
        return count;
    }

    private static String layoutText(FigureLayout layout) {
        if (layout.thesis()) {
            return "One figure per variant, one panel per strategy; simulation beside testbed, Xen beside KVM; one line"
                    + " per " + String.join(" and ", layout.lines()) + ".";
        }
        return "Grouped by " + String.join(", ", layout.configuration()) + ": "
                + (layout.figures().isEmpty() ? "" : "one figure per " + String.join(", ", layout.figures()) + "; ")
                + (layout.rows().isEmpty() ? "" : "panel rows by " + String.join(", ", layout.rows()) + "; ")
                + (layout.columns().isEmpty() ? "" : "panel columns by " + String.join(", ", layout.columns()) + "; ")
                + "one line per " + String.join(", ", layout.lines()) + ".";
    }

    /** The aggregate table: one row per configuration, each metric as mean [95 % interval]. */
    private static void aggregate(AggregateTable table, StringBuilder out) {
        out.append("<h2 id=\"aggregate\">Per configuration</h2>\n<p>Mean over the seeds of each configuration with "
                + "the 95 % confidence interval of the mean in brackets (Student t, n - 1 degrees of freedom); n is the "
                + "number of runs. The same numbers, long-form, are <code>aggregate.csv</code> of <code>livemig plot</code>."
                + "</p>\n");
        List<String> header = new ArrayList<>(table.dimensions());
        header.add("n");
        header.addAll(table.metrics());
        List<List<String>> body = new ArrayList<>();
        List<String> current = null;
        String last = null;
        for (AggregateTable.Row r : table.rows()) {
            String id = r.configuration().toString();
            if (!id.equals(last)) {
                current = new ArrayList<>();
                for (String d : table.dimensions()) {
                    current.add(escape(r.configuration().get(d)));
                }
                current.add(Integer.toString(r.stats().n()));
                body.add(current);
                last = id;
            }
            current.add(interval(r.stats()));
        }
        out.append(HtmlText.table(
                header,
                HtmlText.columns(
                        java.util.Collections.nCopies(table.dimensions().size(), ""),
                        table.metrics().size() + 1,
                        "num"),
                body));
    }

    private static String interval(MeanInterval m) {
        if (m.n() == 0) {
            return "";
        }
        int digits = Math.abs(m.mean()) >= 100 ? 1 : Math.abs(m.mean()) >= 1 ? 2 : 4;
        String mean = number(m.mean(), digits);
        return Double.isNaN(m.halfWidth())
                ? mean
                : mean + " [" + number(m.lower(), digits) + ", " + number(m.upper(), digits) + "]";
    }

    private static void overhead(List<OverheadTables.Row> rows, StringBuilder out) {
        out.append("<h2 id=\"overhead\">Overhead traffic</h2>\n<p>Kb/s per 1000 s window, as in thesis Tables "
                + "5-2 to 5-11; with several seeds each statistic is the mean over the seeds.</p>\n");
        String group = null;
        List<List<String>> table = new ArrayList<>();
        for (OverheadTables.Row r : rows) {
            String g = r.variant() + "/" + r.pms() + "/" + r.hypervisor();
            if (!g.equals(group)) {
                flushOverhead(table, out);
                group = g;
                out.append("<h3>")
                        .append(escape(ThesisFigures.variantTitle(r.variant()) + " on "
                                + HtmlText.hypervisor(r.hypervisor()) + " (" + (r.pms() <= 4 ? "testbed" : "simulation")
                                + ", "
                                + r.pms() + " PMs)"))
                        .append("</h3>\n");
            }
            table.add(List.of(
                    escape(capital(r.strategy())),
                    escape(capital(r.load())),
                    number(r.stats().max(), 2),
                    number(r.stats().min(), 2),
                    number(r.stats().mean(), 2),
                    number(r.stats().median(), 2),
                    number(r.stats().std(), 2),
                    Integer.toString(r.seeds())));
        }
        flushOverhead(table, out);
    }

    private static void flushOverhead(List<List<String>> table, StringBuilder out) {
        if (!table.isEmpty()) {
            out.append(HtmlText.table(
                    List.of(
                            "Strategy",
                            "Load",
                            "Max (Kb/s)",
                            "Min (Kb/s)",
                            "Mean (Kb/s)",
                            "Median (Kb/s)",
                            "Standard deviation",
                            "Seeds"),
                    HtmlText.columns(List.of("", ""), 6, "num"),
                    table));
            table.clear();
        }
    }

    private static void runTable(List<IndexRow> rows, StringBuilder out) {
        out.append("<h2 id=\"runs\">Runs</h2>\n");
        List<List<String>> table = new ArrayList<>();
        for (IndexRow r : rows) {
            table.add(List.of(
                    "<code>" + escape(r.run()) + "</code>",
                    escape(r.strategy()),
                    escape(HtmlText.hypervisor(r.hypervisor())),
                    escape(r.variant()),
                    escape(r.load()),
                    Integer.toString(r.pms()),
                    Integer.toString(r.vms()),
                    Long.toString(r.seed()),
                    number(r.durationS(), 0),
                    Long.toString(r.attempts()),
                    Long.toString(r.migrations()),
                    number(r.meanSystemPerformance(), 3),
                    number(r.finalSystemPerformance(), 3),
                    number(r.overheadKbps().mean(), 2),
                    number(r.published().energyKwh(), 2),
                    number(r.published().slatah(), 4),
                    number(r.published().pdm() * 1e3, 4),
                    number(r.published().slav() * 1e6, 3)));
        }
        out.append(HtmlText.table(
                List.of(
                        "Run",
                        "Strategy",
                        "Hypervisor",
                        "Variant",
                        "Load",
                        "PMs",
                        "VMs",
                        "Seed",
                        "Duration (s)",
                        "Attempts",
                        "Migrations",
                        "Mean E",
                        "Final E",
                        "Mean overhead (Kb/s)",
                        "Energy (kWh)",
                        "SLATAH",
                        "PDM (x1e-3)",
                        "SLAV (x1e-6)"),
                HtmlText.columns(List.of("", "", "", "", ""), 13, "num"),
                table));
    }
}
