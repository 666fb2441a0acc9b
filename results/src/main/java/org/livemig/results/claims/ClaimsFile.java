package org.livemig.results.claims;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.livemig.results.stats.OneSidedTest;
import org.livemig.scenario.ScenarioException;
import org.livemig.scenario.YamlTree;

/**
 * Reads a claims file:
 *
 * <pre>
 * test: welch                # default test: welch (Welch t-test) or mann-whitney (Mann-Whitney U), one-sided
 * alpha: 0.05                # default level
 * claims:
 *   - name: pull-migrates-most-at-low
 *     metric: migrations                       # an index.csv column
 *     where: {strategy: pull, type: normal}    # both sides (optional); [a, b] matches either
 *     for_each: [pms, hypervisor]              # a comparison per group (optional)
 *     higher: {load: low}                      # or lower:
 *     than: {load: high}                       # another selection, or a number
 *     factor: 1                                # the other side is scaled by it (optional)
 *     test: mann-whitney                       # per claim (optional)
 *     alpha: 0.01                              # per claim (optional)
 * </pre>
 *
 * Every error is one line {@code file:line: key: reason}.
 */
public final class ClaimsFile {

    private static final List<String> TOP_KEYS = List.of("test", "alpha", "claims");
    private static final List<String> CLAIM_KEYS =
            List.of("name", "metric", "where", "for_each", "higher", "lower", "than", "factor", "test", "alpha");

    private ClaimsFile() {}

    /**
     * Reads the claims of {@code file}.
     *
     * @throws ClaimsException naming file, line and key for a malformed file
     * @throws IOException if reading fails otherwise
     */
    public static List<Claim> load(Path file) throws ClaimsException, IOException {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (NoSuchFileException e) {
            throw new ClaimsException(file + ": no such file");
        }
    }

    /** Reads claims from YAML text; {@code source} names it in errors. */
    public static List<Claim> parse(String yaml, String source) throws ClaimsException {
        YamlTree.MapNode root;
        try {
            root = YamlTree.readDocument(yaml, source, "claims file");
        } catch (ScenarioException e) {
            throw new ClaimsException(e.getMessage());
        }
        OneSidedTest test = OneSidedTest.WELCH;
        double alpha = 0.05;
        YamlTree.ListNode list = null;
        int claimsLine = 1;
        for (YamlTree.Entry e : root.entries()) {
            String at = source + ":" + e.keyPosition().line() + ": " + e.key();
            switch (e.key()) {
                case "test" -> test = test(scalar(e.value(), at), at);
                case "alpha" -> alpha = alpha(scalar(e.value(), at), at);
                case "claims" -> {
                    claimsLine = e.keyPosition().line();
                    if (!(e.value() instanceof YamlTree.ListNode l) || l.items().isEmpty()) {
                        throw new ClaimsException(at + ": must be a non-empty list of claims");
                    }
                    list = l;
                }
                default -> throw new ClaimsException(at + ": unknown key (keys: " + String.join(", ", TOP_KEYS) + ")");
            }
        }
        if (list == null) {
            throw new ClaimsException(source + ":" + claimsLine + ": claims: missing; list the claims under 'claims:'");
        }
        List<Claim> claims = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.items().size(); i++) {
            YamlTree.Node item = list.items().get(i);
            String where = source + ":" + item.position().line() + ": claims[" + (i + 1) + "]";
            if (!(item instanceof YamlTree.MapNode map)) {
                throw new ClaimsException(where + ": must be a mapping with name, metric, higher or lower, than");
            }
            Claim claim = claim(map, source, i + 1, test, alpha);
            if (!names.add(claim.name())) {
                throw new ClaimsException(where + ".name: '" + claim.name() + "' is used twice");
            }
            claims.add(claim);
        }
        return claims;
    }

    private static Claim claim(
            YamlTree.MapNode map, String source, int index, OneSidedTest defaultTest, double defaultAlpha)
            throws ClaimsException {
        String prefix = "claims[" + index + "].";
        String self = source + ":" + map.position().line() + ": claims[" + index + "]";
        Map<String, String> lines = new LinkedHashMap<>();
        String name = null;
        String metric = null;
        Map<String, String> where = Map.of();
        List<String> forEach = List.of();
        Boolean higher = null;
        Map<String, String> side = null;
        Map<String, String> than = null;
        double number = Double.NaN;
        double factor = 1;
        OneSidedTest test = defaultTest;
        double alpha = defaultAlpha;
        for (YamlTree.Entry e : map.entries()) {
            String at = source + ":" + e.keyPosition().line() + ": " + prefix + e.key();
            lines.put(e.key(), at);
            switch (e.key()) {
                case "name" -> name = scalar(e.value(), at);
                case "metric" -> metric = scalar(e.value(), at);
                case "where" -> where = selection(e.value(), at);
                case "for_each" -> forEach = keys(e.value(), at);
                case "higher", "lower" -> {
                    if (higher != null) {
                        throw new ClaimsException(at + ": give one of higher and lower");
                    }
                    higher = e.key().equals("higher");
                    side = selection(e.value(), at);
                }
                case "than" -> {
                    if (e.value() instanceof YamlTree.ScalarNode) {
                        number = finite(scalar(e.value(), at), at);
                    } else {
                        than = selection(e.value(), at);
                    }
                }
                case "factor" -> factor = finite(scalar(e.value(), at), at);
                case "test" -> test = test(scalar(e.value(), at), at);
                case "alpha" -> alpha = alpha(scalar(e.value(), at), at);
                default ->
                    throw new ClaimsException(at + ": unknown key (keys: " + String.join(", ", CLAIM_KEYS) + ")");
            }
        }
        for (String[] required : new String[][] {{"name", name}, {"metric", metric}}) {
            if (required[1] == null) {
                throw new ClaimsException(self + ": " + prefix + required[0] + ": missing");
            }
        }
        if (higher == null) {
            throw new ClaimsException(self + ": " + prefix + "higher: missing; give higher: {...} or lower: {...}");
        }
        if (than == null && Double.isNaN(number)) {
            throw new ClaimsException(
                    self + ": " + prefix + "than: missing; give a selection {key: value} or a number");
        }
        if (than == null && test == OneSidedTest.MANN_WHITNEY) {
            throw new ClaimsException(lines.getOrDefault("test", lines.get("than")) + ": mann-whitney compares two "
                    + "selections; against a number use welch (one-sample t-test)");
        }
        return new Claim(name, self, metric, where, forEach, higher, side, than, number, factor, test, alpha, lines);
    }

    private static String scalar(YamlTree.Node node, String at) throws ClaimsException {
        if (node instanceof YamlTree.ScalarNode s && !s.isNull()) {
            return s.text();
        }
        throw new ClaimsException(at + ": must be a single value");
    }

    private static Map<String, String> selection(YamlTree.Node node, String at) throws ClaimsException {
        if (!(node instanceof YamlTree.MapNode map)) {
            throw new ClaimsException(at + ": must be a mapping of keys to values, e.g. {strategy: pull, load: low}");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (YamlTree.Entry e : map.entries()) {
            List<String> any = keys(e.value(), at + "." + e.key());
            if (any.isEmpty()) {
                throw new ClaimsException(at + "." + e.key() + ": the list of values is empty");
            }
            values.put(e.key(), String.join(Claim.ANY_OF, any));
        }
        return values;
    }

    private static List<String> keys(YamlTree.Node node, String at) throws ClaimsException {
        List<YamlTree.Node> items = node instanceof YamlTree.ListNode l ? l.items() : List.of(node);
        List<String> keys = new ArrayList<>();
        for (YamlTree.Node item : items) {
            keys.add(scalar(item, at));
        }
        return keys;
    }

    private static OneSidedTest test(String text, String at) throws ClaimsException {
        OneSidedTest test = OneSidedTest.parse(text);
        if (test == null) {
            throw new ClaimsException(at + ": must be welch or mann-whitney, got '" + text + "'");
        }
        return test;
    }

    private static double alpha(String text, String at) throws ClaimsException {
        double a = finite(text, at);
        if (a <= 0 || a >= 1) {
            throw new ClaimsException(at + ": must be between 0 and 1, got '" + text + "'");
        }
        return a;
    }

    private static double finite(String text, String at) throws ClaimsException {
        try {
            double v = Double.parseDouble(text);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ClaimsException(at + ": must be a number, got '" + text + "'");
    }
}
