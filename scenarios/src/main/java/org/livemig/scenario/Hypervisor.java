package org.livemig.scenario;

import java.util.Optional;

/** The hypervisor the PMs run; it decides how much of a VM's demand shows in the PM's load (SPEC 4). */
public enum Hypervisor implements Spelled {
    /** Xen: a VM with Linux load 0.3 adds about 0.2 to its PM (thesis 5.2.1). */
    XEN("xen", 0.67),
    /** KVM: a VM's Linux load adds the same to its PM (thesis 5.2.1). */
    KVM("kvm", 1.0);

    private final String spelling;
    private final double loadFactor;

    Hypervisor(String spelling, double loadFactor) {
        this.spelling = spelling;
        this.loadFactor = loadFactor;
    }

    @Override
    public String spelling() {
        return spelling;
    }

    /** The share of a VM's demand that appears in its PM's reported load: Xen 0.67, KVM 1.0. */
    public double loadFactor() {
        return loadFactor;
    }

    /** The hypervisor spelled {@code text} (case ignored), if any. */
    public static Optional<Hypervisor> parse(String text) {
        return Spelled.parse(values(), text);
    }
}
