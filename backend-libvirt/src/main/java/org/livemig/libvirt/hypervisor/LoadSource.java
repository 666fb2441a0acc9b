package org.livemig.libvirt.hypervisor;

/** Where a PM's load comes from. */
public enum LoadSource {
    /** The host's own Linux load average ({@code /proc/loadavg}): one dedicated host per PM. */
    HOST,
    /**
     * The sum of the PM's domains' CPU loads (from CPU-time deltas), smoothed like the Linux load average:
     * for several test PMs sharing one machine.
     */
    DOMAINS
}
