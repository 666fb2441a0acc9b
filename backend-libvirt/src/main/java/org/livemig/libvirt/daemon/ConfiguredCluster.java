package org.livemig.libvirt.daemon;

import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import org.livemig.libvirt.hypervisor.MigrationTarget;
import org.livemig.libvirt.net.UdpTransport;

/** What a node's configuration says about the rest of the cluster, in the shapes the backend needs. */
final class ConfiguredCluster {

    private ConfiguredCluster() {}

    static UdpTransport.Settings transport(NodeConfig c) {
        Map<Integer, InetSocketAddress> peers = new HashMap<>();
        for (PeerConfig p : c.peers()) {
            peers.put(p.id(), p.address());
        }
        peers.putIfAbsent(c.id(), c.bind());
        return new UdpTransport.Settings(
                c.id(), c.bind(), peers, c.key(), Math.round(c.replayWindowS() * 1000), UdpTransport.MAX_UDP_BYTES);
    }

    static Map<Integer, MigrationTarget> targets(NodeConfig c) {
        Map<Integer, MigrationTarget> targets = new HashMap<>();
        for (PeerConfig p : c.peers()) {
            if (p.id() >= 0 && p.id() != c.id() && p.libvirtUri() != null) {
                targets.put(p.id(), new MigrationTarget(p.libvirtUri(), p.migrateUri()));
            }
        }
        return targets;
    }
}
