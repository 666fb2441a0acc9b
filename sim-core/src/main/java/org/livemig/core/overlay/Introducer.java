package org.livemig.core.overlay;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Where a PM's partial view starts: the peers it may contact before any gossip, as the introducer of a
 * Cyclon join (Voulgaris, Gavidia and van Steen 2005, section 3). The simulation knows every PM id; a real
 * agent knows the peers of its configuration.
 */
@FunctionalInterface
public interface Introducer {

    /** Up to {@code count} distinct peer ids other than {@code self}, drawn with {@code random}. */
    int[] contacts(int self, int count, RandomGenerator random);

    /** No contacts: a PM that starts alone. */
    static Introducer none() {
        return (self, count, random) -> new int[0];
    }

    /** Contacts drawn uniformly from PM ids {@code 0 .. pms - 1}, without a list of them. */
    static Introducer ofRange(int pms) {
        return (self, count, random) -> {
            int others = self >= 0 && self < pms ? pms - 1 : pms;
            if (count >= others) {
                int[] all = new int[others];
                int n = 0;
                for (int id = 0; id < pms; id++) {
                    if (id != self) {
                        all[n++] = id;
                    }
                }
                return all;
            }
            int[] picked = new int[count];
            int n = 0;
            while (n < count) {
                int id = random.nextInt(pms);
                if (id != self && !contains(picked, n, id)) {
                    picked[n++] = id;
                }
            }
            return picked;
        };
    }

    /** Contacts drawn uniformly from {@code ids} (a configured cluster). */
    static Introducer ofIds(int[] ids) {
        int[] known = Arrays.stream(ids).distinct().sorted().toArray();
        return (self, count, random) -> {
            int[] others = Arrays.stream(known).filter(id -> id != self).toArray();
            for (int i = others.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = others[i];
                others[i] = others[j];
                others[j] = t;
            }
            return Arrays.copyOf(others, Math.min(count, others.length));
        };
    }

    private static boolean contains(int[] ids, int n, int id) {
        for (int i = 0; i < n; i++) {
            if (ids[i] == id) {
                return true;
            }
        }
        return false;
    }
}
