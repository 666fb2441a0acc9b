package org.livemig.crosscheck;

import java.util.Locale;

/**
 * Runs issue 12's reference CloudSim Plus scenario as a whole process (scripts/compare-cloudsim times it):
 * {@code hosts vms span_s [seed]}; prints the migrations and the simulated span.
 */
final class CloudSimReferenceMain {

    private CloudSimReferenceMain() {}

    public static void main(String[] args) {
        int hosts = Integer.parseInt(args[0]);
        int vms = Integer.parseInt(args[1]);
        double spanS = Double.parseDouble(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        ReferenceWalk walk = new ReferenceWalk(vms, 0.418, 0.05, 0.05, 5, seed);
        CloudSimThresholdRun.Outcome o =
                CloudSimThresholdRun.run(CloudSimSetting.reference(hosts, vms, spanS, seed), walk);
        System.out.printf(
                Locale.ROOT,
                "cloudsim-plus %d x %d x %.0f s: vms created %d, migrations %d, run %.1f s%n",
                hosts,
                vms,
                spanS,
                o.createdVms(),
                o.migrationsFinished(),
                o.wallS());
    }
}
