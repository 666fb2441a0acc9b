package org.livemig.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One {@code bench --shape PMSxVMSxSECONDS[/FANOUT]}: Push at high load on that many PMs, VMs and seconds. */
record BenchShape(int pms, int vms, int seconds, String fanout) {

    private static final Pattern SHAPE = Pattern.compile("(\\d+)x(\\d+)x(\\d+)(?:/(\\d+|all))?");

    /** Reads {@code text}; a malformed shape is bad input (exit 2). */
    static BenchShape parse(String text) {
        Matcher m = SHAPE.matcher(text.replace("_", "").replace(",", ""));
        if (!m.matches()) {
            throw new BadInputException(
                    "--shape " + text + ": expected PMSxVMSxSECONDS[/FANOUT], e.g. " + "10000x50000x20000/32");
        }
        try {
            return new BenchShape(
                    Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)),
                    m.group(4) == null ? "all" : m.group(4));
        } catch (NumberFormatException e) {
            throw new BadInputException("--shape " + text + ": a number is too large");
        }
    }

    /** The row label, e.g. {@code 10000 x 50000 x 20000 s, fanout 32}. */
    String label() {
        return pms + " x " + vms + " x " + seconds + " s, fanout " + fanout;
    }

    /** The {@code --set} assignments of the shape. */
    List<String> settings() {
        List<String> set = new ArrayList<>(List.of(
                "pms=" + pms,
                "vms=" + vms,
                "duration_s=" + seconds,
                "strategy=push",
                "load=high",
                "negotiation.fanout=" + fanout));
        return set;
    }
}
