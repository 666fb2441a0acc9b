package org.livemig.crosscheck;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each VM ran over a run: its start host and every finished migration, in time order. With the walk it
 * gives each host's requested CPU at any time, hence SLATAH (Beloglazov and Buyya 2012, eq. 6) on the walk's grid.
 */
final class PlacementTimeline {

    private record Move(double timeS, int vm, int host) {}

    private final int[] start;
    private final int hosts;
    private final List<Move> moves = new ArrayList<>();

    PlacementTimeline(int[] start, int hosts) {
        this.start = start.clone();
        this.hosts = hosts;
    }

    void moved(int vm, int host, double timeS) {
        moves.add(new Move(timeS, vm, host));
    }

    long migrations() {
        return moves.size();
    }

    /**
     * SLATAH: the mean over hosts that held a VM of the share of that time their VMs requested at least their
     * capacity ({@code pesPerHost} one-PE VMs at full use), sampled at every step of the walk in [0, spanS).
     */
    double slatah(ReferenceWalk walk, int pesPerHost, double spanS) {
        int[] at = start.clone();
        double[] demand = new double[hosts];
        long[] active = new long[hosts];
        long[] saturated = new long[hosts];
        int next = 0;
        double step = walk.stepS();
        for (int k = 0; k * step < spanS; k++) {
            double t = k * step;
            while (next < moves.size() && moves.get(next).timeS() <= t) {
                at[moves.get(next).vm()] = moves.get(next).host();
                next++;
            }
            java.util.Arrays.fill(demand, 0);
            boolean[] used = new boolean[hosts];
            for (int vm = 0; vm < at.length; vm++) {
                demand[at[vm]] += walk.share(vm, t);
                used[at[vm]] = true;
            }
            for (int h = 0; h < hosts; h++) {
                if (used[h]) {
                    active[h]++;
                    if (demand[h] >= pesPerHost) {
                        saturated[h]++;
                    }
                }
            }
        }
        double sum = 0;
        int counted = 0;
        for (int h = 0; h < hosts; h++) {
            if (active[h] > 0) {
                sum += (double) saturated[h] / active[h];
                counted++;
            }
        }
        return counted == 0 ? 0 : sum / counted;
    }
}
