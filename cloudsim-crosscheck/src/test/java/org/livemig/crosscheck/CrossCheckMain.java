package org.livemig.crosscheck;

import java.nio.file.Files;

/** Prints both sides of the cross-check for one setting: {@code hosts vms threshold interval_s span_s seed}. */
final class CrossCheckMain {

    private CrossCheckMain() {}

    public static void main(String[] args) throws Exception {
        CrossCheckSetting s = new CrossCheckSetting(
                Integer.parseInt(args[0]),
                Integer.parseInt(args[1]),
                Integer.parseInt(args[2]),
                Double.parseDouble(args[3]),
                Double.parseDouble(args[4]),
                Double.parseDouble(args[5]),
                Long.parseLong(args[6]),
                Boolean.parseBoolean(args[7]));
        CrossCheckOutcome o = CrossCheckOutcome.of(s, Files.createTempDirectory("crosscheck"));
        System.out.println(o);
    }
}
