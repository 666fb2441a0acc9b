package org.livemig.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rule of {@code faults.link_loss}: messages from {@code from} to {@code to} are lost with probability
 * {@code probability}, on top of {@code network.loss_probability}. A node is a PM id, {@code mp} (the
 * measurement point) or {@code *} (any node); a rule is directed, so {@code 0>1=0.5} alone is asymmetric loss.
 *
 * @param from sending node: a PM id, {@link #MEASUREMENT_POINT} or {@link #ANY}
 * @param to receiving node, likewise
 * @param probability chance a copy on that link is lost, in [0, 1]
 */
public record LinkLossRule(int from, int to, double probability) {

    /** Node value of {@code *}. */
    public static final int ANY = Integer.MIN_VALUE;
    /** Node value of {@code mp}: the measurement point's id on the network (sim-core's Message.MEASUREMENT_POINT). */
    public static final int MEASUREMENT_POINT = -2;

    private static final String KEY = "faults.link_loss";
    private static final Pattern RULE = Pattern.compile("(\\*|mp|\\d{1,4})>(\\*|mp|\\d{1,4})=([0-9.eE+-]+)");

    /** Whether this rule covers a copy from {@code source} to {@code destination}. */
    public boolean matches(int source, int destination) {
        return (from == ANY || from == source) && (to == ANY || to == destination);
    }

    /** The rules of {@code text} ({@code FROM>TO=P} separated by commas); empty text gives none. */
    static List<LinkLossRule> parseAll(String text) {
        List<LinkLossRule> rules = new ArrayList<>();
        if (text.isBlank()) {
            return rules;
        }
        for (String part : text.split(",")) {
            Matcher m = RULE.matcher(part.strip());
            if (!m.matches()) {
                throw new InvalidScenarioException(
                        KEY,
                        "each rule is FROM>TO=P with FROM and TO a PM id, mp or *" + " (e.g. '0>1=0.5,*>mp=0.1'), got '"
                                + part.strip() + "'");
            }
            double p;
            try {
                p = Double.parseDouble(m.group(3));
            } catch (NumberFormatException e) {
                throw new InvalidScenarioException(KEY, "not a probability in '" + part.strip() + "'");
            }
            if (!(p >= 0 && p <= 1)) {
                throw new InvalidScenarioException(KEY, "a probability must be in [0, 1], got '" + part.strip() + "'");
            }
            rules.add(new LinkLossRule(node(m.group(1)), node(m.group(2)), p));
        }
        return rules;
    }

    private static int node(String text) {
        return switch (text) {
            case "*" -> ANY;
            case "mp" -> MEASUREMENT_POINT;
            default -> Integer.parseInt(text);
        };
    }
}
