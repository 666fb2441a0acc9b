package org.livemig.results.figures;

import java.util.Comparator;
import java.util.List;
import org.livemig.results.sweep.IndexRow;

/**
 * A column of the thesis layout, in its figures and overhead tables: one size (PM count), hypervisor and
 * backend ({@code simulation} or a real one such as {@code libvirt}).
 */
record ThesisColumn(String size, int pms, String hypervisor, String backend) {
    static final Comparator<ThesisColumn> ORDER = Comparator.comparing((ThesisColumn c) -> -c.pms())
            .thenComparing(c -> c.hypervisor().equals("xen") ? "0" : c.hypervisor())
            .thenComparing(c -> c.backend().equals(IndexRow.SIMULATION) ? "0" : c.backend());

    /** The distinct columns of {@code rows}, larger first, Xen first, simulation before a real backend. */
    static List<ThesisColumn> of(List<IndexRow> rows) {
        return rows.stream()
                .map(r -> new ThesisColumn(r.size(), r.pms(), r.hypervisor(), r.backend()))
                .distinct()
                .sorted(ORDER)
                .toList();
    }

    /** Whether one of {@code columns} is of a real backend. */
    static boolean anyReal(List<ThesisColumn> columns) {
        return columns.stream().anyMatch(c -> !c.backend().equals(IndexRow.SIMULATION));
    }

    boolean matches(IndexRow row) {
        return row.pms() == pms
                && row.hypervisor().equals(hypervisor)
                && row.backend().equals(backend);
    }

    /**
     * What ran: the thesis size name ({@code testbed} up to 4 PMs, else {@code simulation}) when every run is
     * simulated; beside a real backend, {@code simulation} or {@code testbed on BACKEND} for the real runs.
     */
    String kind(boolean withReal) {
        if (!withReal) {
            return size;
        }
        return backend.equals(IndexRow.SIMULATION) ? "simulation" : "testbed on " + backend;
    }

    /** E.g. {@code simulation (19 PMs), Xen}, or {@code testbed (libvirt, 3 PMs), KVM} for a real backend. */
    String title(boolean withReal) {
        String what = !withReal || backend.equals(IndexRow.SIMULATION)
                ? kind(withReal) + " (" + pms + " PMs)"
                : "testbed (" + backend + ", " + pms + " PMs)";
        return what + ", " + hypervisorName(hypervisor);
    }

    static String hypervisorName(String hypervisor) {
        return hypervisor.equals("kvm") ? "KVM" : hypervisor.equals("xen") ? "Xen" : hypervisor;
    }
}
