package org.livemig.results.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.livemig.results.figures.AggregateTable;
import org.livemig.results.figures.RunDimensions;
import org.livemig.results.stats.MeanInterval;
import org.livemig.results.stats.OneSidedTest;
import org.livemig.results.sweep.IndexRow;

/**
 * Evaluates claims on the runs of a sweep ({@code index.csv} rows): selects each side's runs, takes the claim's
 * metric per run (one value per seed), and runs the claim's one-sided test in each {@code for_each} group.
 */
public final class ClaimEvaluator {

    private ClaimEvaluator() {}

    /**
     * Evaluates {@code claim} on {@code rows}.
     *
     * @throws ClaimsException naming the claim's file, line and key when it names a column the runs do not have
     */
    public static ClaimResult evaluate(Claim claim, List<IndexRow> rows) throws ClaimsException {
        List<String> known = RunDimensions.of(rows);
        List<String> metrics = AggregateTable.metrics(rows);
        if (!metrics.contains(claim.metric())) {
            throw new ClaimsException(claim.at("metric") + ": no numeric column '" + claim.metric()
                    + "' in index.csv (metrics: " + String.join(", ", metrics) + ")");
        }
        Map<String, String> where = resolve(claim, "where", claim.where(), known);
        Map<String, String> side = resolve(claim, claim.higher() ? "higher" : "lower", claim.side(), known);
        Map<String, String> than = claim.than() == null ? null : resolve(claim, "than", claim.than(), known);
        List<String> forEach = new ArrayList<>();
        for (String key : claim.forEach()) {
            forEach.add(dimension(claim, "for_each", key, known));
        }
        List<IndexRow> base = rows.stream().filter(r -> matches(r, where)).toList();
        Map<String, List<IndexRow>> groups = new TreeMap<>();
        for (IndexRow r : base) {
            StringBuilder g = new StringBuilder();
            for (String d : forEach) {
                g.append(g.length() == 0 ? "" : ", ").append(d).append('=').append(RunDimensions.value(r, d));
            }
            groups.computeIfAbsent(g.toString(), k -> new ArrayList<>()).add(r);
        }
        List<String> evidence = new ArrayList<>();
        int compared = 0;
        boolean holds = true;
        for (Map.Entry<String, List<IndexRow>> group : groups.entrySet()) {
            String prefix = group.getKey().isEmpty() ? "" : group.getKey() + ": ";
            double[] a = values(group.getValue(), side, claim.metric(), 1);
            double[] b = than == null
                    ? new double[] {claim.number() * claim.factor()}
                    : values(group.getValue(), than, claim.metric(), claim.factor());
            if (a.length == 0 || b.length == 0) {
                evidence.add(prefix + "not compared: no runs where " + text(a.length == 0 ? side : than));
                continue;
            }
            compared++;
            if (claim.test() == OneSidedTest.WELCH && (a.length < 2 || (than != null && b.length < 2))) {
                holds = false;
                evidence.add(prefix + "too few runs for a Welch t-test (" + a.length + " and " + b.length
                        + "; 2 a side needed)");
                continue;
            }
            OneSidedTest.Result r =
                    claim.higher() ? claim.test().greater(a, b) : claim.test().greater(negated(a), negated(b));
            boolean ok = r.p() <= claim.alpha();
            holds &= ok;
            evidence.add(prefix + describe(claim, side, than, a, b) + ": "
                    + claim.test().title() + " "
                    + statistic(claim, r) + ", one-sided p = " + String.format(Locale.ROOT, "%.4g", r.p())
                    + (ok ? " <= " : " > ") + claim.alpha());
        }
        if (compared == 0) {
            evidence.add(0, "no runs to compare (where " + text(where) + ")");
            holds = false;
        }
        return new ClaimResult(claim, holds, evidence);
    }

    private static String describe(
            Claim c, Map<String, String> side, Map<String, String> than, double[] a, double[] b) {
        String other = than == null
                ? number(c.number())
                : (c.factor() == 1 ? "" : number(c.factor()) + " x ") + text(than) + " " + stats(b, c.factor());
        return c.metric() + " " + text(side) + " " + stats(a, 1) + (c.higher() ? " > " : " < ") + other;
    }

    private static String stats(double[] values, double factor) {
        double[] raw = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            raw[i] = values[i] / factor;
        }
        MeanInterval m = MeanInterval.of(raw);
        return "mean " + number(m.mean())
                + (Double.isNaN(m.halfWidth()) ? "" : " [95 % CI " + number(m.lower()) + ", " + number(m.upper()) + "]")
                + " n=" + m.n();
    }

    private static String statistic(Claim c, OneSidedTest.Result r) {
        if (c.test() == OneSidedTest.MANN_WHITNEY) {
            return "U = " + number(r.statistic());
        }
        return "t = " + number(r.statistic()) + ", df = " + number(r.df());
    }

    private static String number(double v) {
        return Double.isInfinite(v) ? (v > 0 ? "inf" : "-inf") : String.format(Locale.ROOT, "%.4g", v);
    }

    private static double[] negated(double[] v) {
        double[] n = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            n[i] = -v[i];
        }
        return n;
    }

    private static double[] values(List<IndexRow> rows, Map<String, String> selection, String metric, double factor) {
        return rows.stream()
                .filter(r -> matches(r, selection))
                .mapToDouble(r -> AggregateTable.value(r, metric))
                .filter(v -> !Double.isNaN(v))
                .map(v -> v * factor)
                .toArray();
    }

    private static Map<String, String> resolve(
            Claim claim, String part, Map<String, String> selection, List<String> known) throws ClaimsException {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : selection.entrySet()) {
            out.put(dimension(claim, part, e.getKey(), known), e.getValue());
        }
        return out;
    }

    private static String dimension(Claim claim, String part, String key, List<String> known) throws ClaimsException {
        return RunDimensions.resolve(key, known)
                .orElseThrow(() -> new ClaimsException(claim.at(part) + "." + key
                        + ": no such column in index.csv (keys: " + String.join(", ", known) + ")"));
    }

    /** Whether {@code row} has every value of {@code selection}: same text, or the same number. */
    static boolean matches(IndexRow row, Map<String, String> selection) {
        for (Map.Entry<String, String> e : selection.entrySet()) {
            String have = RunDimensions.value(row, e.getKey());
            boolean any = false;
            for (String want : e.getValue().split(java.util.regex.Pattern.quote(Claim.ANY_OF), -1)) {
                any |= have.equalsIgnoreCase(want) || sameNumber(have, want);
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameNumber(String a, String b) {
        try {
            return Double.parseDouble(a) == Double.parseDouble(b);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String text(Map<String, String> selection) {
        if (selection.isEmpty()) {
            return "(all runs)";
        }
        List<String> parts = new ArrayList<>();
        selection.forEach((k, v) -> parts.add(k + "=" + v));
        return String.join(",", parts);
    }
}
