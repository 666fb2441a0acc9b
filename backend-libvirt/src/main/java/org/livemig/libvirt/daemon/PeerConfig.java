package org.livemig.libvirt.daemon;

import java.net.InetSocketAddress;

/**
 * One node of the cluster as a configuration file lists it.
 *
 * @param id         PM id, or {@link org.livemig.core.protocol.Message#MEASUREMENT_POINT}
 * @param address    its UDP address
 * @param libvirtUri its libvirt URI (PMs only; null for the measurement point)
 * @param migrateUri where QEMU sends memory to it, e.g. {@code tcp://10.0.0.2}; null lets libvirt choose
 */
public record PeerConfig(int id, InetSocketAddress address, String libvirtUri, String migrateUri) {}
