package org.livemig.libvirt.daemon;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.livemig.core.protocol.Message;
import org.livemig.libvirt.hypervisor.LoadSource;
import org.livemig.libvirt.net.ClusterKey;
import org.livemig.scenario.Scenario;
import org.livemig.scenario.ScenarioException;
import org.livemig.scenario.ScenarioLoader;
import org.livemig.scenario.ScenarioOverrides;

/**
 * The configuration of one real node, an agent ({@code host.yaml}) or the measurement point
 * ({@code mp.yaml}); docs/TESTBED.md lists the keys. Negotiation settings and timing come from a scenario
 * (packaged name or file) with {@code set:} overrides in the scenario's own keys.
 *
 * @param file           the file read
 * @param id             this node's id ({@link Message#MEASUREMENT_POINT} for the measurement point)
 * @param libvirtUri     this PM's libvirt URI (agents only)
 * @param bind           UDP address to receive on
 * @param key            cluster key
 * @param scenario       the scenario with overrides applied
 * @param loadSource     host load average or the sum of the domains' CPU
 * @param cores          cores to report, 0 for the node's
 * @param memoryMb       memory to report, 0 for the node's
 * @param loadFactor     hypervisor factor applied to the measured load
 * @param peerToPeer     peer-to-peer migration
 * @param replayWindowS  replay window of the transport, s
 * @param durationS      run this long then exit, s; 0 runs until stopped (agents) or for the scenario's
 *                       duration (measurement point)
 * @param clockOriginMs  Unix time (ms) that is time 0 of every node, 0 for each process's start
 * @param out            result directory (measurement point), may be null
 * @param peers          every node of the cluster
 */
public record NodeConfig(
        Path file,
        int id,
        String libvirtUri,
        InetSocketAddress bind,
        ClusterKey key,
        Scenario scenario,
        LoadSource loadSource,
        int cores,
        long memoryMb,
        double loadFactor,
        boolean peerToPeer,
        double replayWindowS,
        double durationS,
        long clockOriginMs,
        Path out,
        List<PeerConfig> peers) {

    private static final Set<String> AGENT_KEYS = Set.of(
            "id",
            "libvirt_uri",
            "bind",
            "cluster_key",
            "cluster_key_file",
            "scenario",
            "set",
            "load_source",
            "cores",
            "memory_mb",
            "load_factor",
            "peer_to_peer",
            "replay_window_s",
            "duration_s",
            "clock_origin_ms",
            "peers");
    private static final Set<String> MEASURE_KEYS = Set.of(
            "bind",
            "cluster_key",
            "cluster_key_file",
            "scenario",
            "set",
            "replay_window_s",
            "duration_s",
            "clock_origin_ms",
            "out",
            "peers",
            "cores",
            "load_factor");
    private static final Set<String> PEER_KEYS = Set.of("id", "address", "libvirt_uri", "migrate_uri");
    /** Refuses a key given twice in one mapping (YAML would otherwise keep the last silently). */
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());

    /** Reads an agent's configuration. */
    public static NodeConfig agent(Path file) throws ConfigException {
        return read(file, true);
    }

    /** Reads the measurement point's configuration. */
    public static NodeConfig measurement(Path file) throws ConfigException {
        return read(file, false);
    }

    private static NodeConfig read(Path file, boolean agent) throws ConfigException {
        String name = file.toString();
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            String reason = e.getMessage() == null
                    ? e.getClass().getSimpleName()
                    : e.getMessage().split("\n")[0];
            throw new ConfigException(name + ": cannot read: " + reason);
        }
        if (root == null || !root.isObject()) {
            throw new ConfigException(name + ": must be a mapping of keys to values, e.g. 'bind: 127.0.0.1:17001'");
        }
        Fields f = new Fields(name, "", root, agent ? AGENT_KEYS : MEASURE_KEYS);
        Path dir = file.toAbsolutePath().getParent();
        int id = agent ? f.integer("id", null, 0, Integer.MAX_VALUE) : Message.MEASUREMENT_POINT;
        String uri = agent ? f.text("libvirt_uri", null) : null;
        InetSocketAddress bind = f.address("bind");
        ClusterKey key = key(f, dir);
        Scenario scenario = scenario(f, dir);
        LoadSource source = agent ? f.choice("load_source", LoadSource.HOST) : LoadSource.HOST;
        int cores = f.integer("cores", 0, 0, 4096);
        long memory = agent ? f.integer("memory_mb", 0, 0, Integer.MAX_VALUE) : 0;
        double factor = f.positiveNumber("load_factor", 1.0, 10);
        boolean p2p = agent && f.bool("peer_to_peer", false);
        double window = f.number("replay_window_s", 30, 0.001, 3600);
        double duration = f.number("duration_s", 0, 0, 1e9);
        long origin = Math.round(f.number("clock_origin_ms", 0, 0, 1e15));
        Path out = agent || !root.has("out") ? null : dir.resolve(f.text("out", null));
        List<PeerConfig> peers = peers(f, id);
        return new NodeConfig(
                file, id, uri, bind, key, scenario, source, cores, memory, factor, p2p, window, duration, origin, out,
                peers);
    }

    private static ClusterKey key(Fields f, Path dir) throws ConfigException {
        boolean inline = f.node.has("cluster_key");
        boolean fromFile = f.node.has("cluster_key_file");
        if (inline == fromFile) {
            throw new ConfigException(f.file + ": give exactly one of 'cluster_key' (hex) and 'cluster_key_file'");
        }
        String keyName = inline ? "cluster_key" : "cluster_key_file";
        String text = f.text(keyName, null);
        String hex = text;
        if (fromFile) {
            try {
                hex = Files.readString(dir.resolve(text)).trim();
            } catch (IOException e) {
                throw f.error(keyName, text, "cannot read the key file");
            }
        }
        try {
            return ClusterKey.fromHex(hex);
        } catch (IllegalArgumentException e) {
            throw f.error(keyName, inline ? "(hidden)" : text, e.getMessage());
        }
    }

    private static Scenario scenario(Fields f, Path dir) throws ConfigException {
        String arg = f.text("scenario", "testbed-push");
        Path asFile = dir.resolve(arg);
        List<String> sets = new ArrayList<>();
        JsonNode set = f.node.get("set");
        if (set != null) {
            if (!set.isObject()) {
                throw f.error("set", set.toString(), "must be a mapping of scenario keys to values");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = set.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                sets.add(e.getKey() + "=" + e.getValue().asText());
            }
        }
        try {
            Scenario s = ScenarioLoader.loadPathOrPackaged(Files.isRegularFile(asFile) ? asFile.toString() : arg);
            return ScenarioOverrides.apply(s, sets);
        } catch (ScenarioException e) {
            throw new ConfigException(f.file + ": key 'scenario'/'set': " + e.getMessage());
        }
    }

    private static List<PeerConfig> peers(Fields f, int self) throws ConfigException {
        JsonNode list = f.node.get("peers");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw f.error(
                    "peers",
                    list == null ? "(missing)" : list.toString(),
                    "must be a list of {id, address, libvirt_uri, migrate_uri}");
        }
        List<PeerConfig> peers = new ArrayList<>();
        Set<Integer> ids = new java.util.HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode p = list.get(i);
            String at = "peers[" + i + "].";
            if (!p.isObject()) {
                throw f.error("peers[" + i + "]", p.toString(), "must be a mapping");
            }
            Fields pf = new Fields(f.file, at, p, PEER_KEYS);
            int id =
                    p.has("id") && p.get("id").asText().toLowerCase(Locale.ROOT).equals("measurement")
                            ? Message.MEASUREMENT_POINT
                            : pf.integer("id", null, Message.MEASUREMENT_POINT, Integer.MAX_VALUE);
            if (id == Message.BROADCAST || !ids.add(id)) {
                throw pf.error("id", String.valueOf(id), id == Message.BROADCAST ? "is reserved" : "is listed twice");
            }
            String uri = id >= 0 && id != self ? pf.text("libvirt_uri", "") : pf.text("libvirt_uri", "");
            peers.add(new PeerConfig(
                    id,
                    pf.address("address"),
                    uri.isEmpty() ? null : uri,
                    p.has("migrate_uri") ? pf.text("migrate_uri", null) : null));
        }
        return List.copyOf(peers);
    }
}
