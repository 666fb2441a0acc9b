package org.livemig.libvirt.hypervisor;

import java.util.Objects;

/**
 * How to reach another PM's hypervisor for a live migration.
 *
 * @param libvirtUri the destination's libvirt URI, e.g. {@code qemu+tcp://10.0.0.2/system}
 * @param migrateUri where QEMU sends the memory, e.g. {@code tcp://10.0.0.2}; null lets libvirt choose
 */
public record MigrationTarget(String libvirtUri, String migrateUri) {
    public MigrationTarget {
        Objects.requireNonNull(libvirtUri, "libvirtUri");
    }
}
