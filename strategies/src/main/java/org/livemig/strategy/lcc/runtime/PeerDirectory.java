package org.livemig.strategy.lcc.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import org.livemig.strategy.lcc.syntax.Term;

/**
 * A peer's view of the others (the discovery service of OpenKnowledge, decentralised): the role and load each
 * peer last announced. Finds a partner for a role, e.g. an underloaded peer for an overloaded one.
 */
public final class PeerDirectory {

    /** What a peer last announced. */
    public record Entry(int id, Term role, double load, int cores, double timeS) {

        /** The role's name. */
        public String roleName() {
            return Term.functorOf(role);
        }
    }

    private final Map<Integer, Entry> entries = new TreeMap<>();

    /** Records an announcement. */
    public void announced(Entry e) {
        entries.put(e.id(), e);
    }

    /** Forgets a peer (it powered off). */
    public void forget(int id) {
        entries.remove(id);
    }

    /** The latest announcement of {@code id}, or null. */
    public Entry entry(int id) {
        return entries.get(id);
    }

    /** Peers whose latest announcement, at most {@code maxAgeS} old, is of role {@code role}. */
    public List<Entry> inRole(String role, double nowS, double maxAgeS) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (role.equals(e.roleName()) && nowS - e.timeS() <= maxAgeS) {
                out.add(e);
            }
        }
        return out;
    }

    /** Every peer's latest announcement, in id order. */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /** Peers known. */
    public int size() {
        return entries.size();
    }

    /** A random peer in {@code role} (announced within {@code maxAgeS}), or -1 when there is none. */
    public int pick(String role, double nowS, double maxAgeS, RandomGenerator random) {
        List<Entry> c = inRole(role, nowS, maxAgeS);
        return c.isEmpty() ? -1 : c.get(random.nextInt(c.size())).id();
    }

    /** Mean of {@code ownLoad} and the loads announced within {@code maxAgeS}. */
    public double averageLoad(double ownLoad, double nowS, double maxAgeS) {
        double sum = ownLoad;
        int n = 1;
        for (Entry e : entries.values()) {
            if (nowS - e.timeS() <= maxAgeS) {
                sum += e.load();
                n++;
            }
        }
        return sum / n;
    }
}
