package org.livemig.sim.datacentre;

import java.util.Locale;

/** The hypervisor of the PMs, and how much of its VMs' load a host reports (SPEC 4). */
public enum HypervisorKind {
    /** KVM: the host's Linux load average counts each VM's demand fully. */
    KVM(1.0),
    /** Xen: the host reports about 0.67 of its VMs' demand (a VM with load 0.3 added 0.2, thesis 5.2.1). */
    XEN(0.67);

    private final double loadFactor;

    HypervisorKind(double loadFactor) {
        this.loadFactor = loadFactor;
    }

    /** Factor applied to the host's load average to give its reported load. */
    public double loadFactor() {
        return loadFactor;
    }

    /** Parses "kvm" or "xen" (any case); a bad value gets a one-line message naming it. */
    public static HypervisorKind parse(String text) {
        for (HypervisorKind kind : values()) {
            if (kind.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("hypervisor must be xen or kvm (got " + text + ")");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
