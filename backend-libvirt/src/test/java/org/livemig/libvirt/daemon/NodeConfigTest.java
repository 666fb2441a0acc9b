package org.livemig.libvirt.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livemig.core.protocol.Message;
import org.livemig.libvirt.hypervisor.LoadSource;

class NodeConfigTest {

    @TempDir
    Path dir;

    private static final String PEERS = """
            peers:
              - {id: measurement, address: 127.0.0.1:17000}
              - {id: 1, address: 127.0.0.1:17001, libvirt_uri: 'qemu+tcp://127.0.0.1:16501/system'}
              - {id: 2, address: 127.0.0.1:17002, libvirt_uri: 'qemu+tcp://127.0.0.1:16502/system', migrate_uri: 'tcp://127.0.0.1'}
            """;

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void readsAnAgentWithScenarioOverrides() throws Exception {
        write("key.hex", "00112233445566778899aabbccddeeff\n");
        NodeConfig c = NodeConfig.agent(write("host.yaml", """
                id: 1
                libvirt_uri: 'qemu+tcp://127.0.0.1:16501/system'
                bind: 127.0.0.1:17001
                cluster_key_file: key.hex
                scenario: testbed-push
                load_source: domains
                cores: 1
                set: {negotiation.check_interval_s: 1, strategy: hybrid}
                """ + PEERS));
        assertEquals(1, c.id());
        assertEquals(LoadSource.DOMAINS, c.loadSource());
        assertEquals(1, c.scenario().negotiation().checkIntervalS());
        assertEquals("hybrid", AgentDaemon.strategyName(c));
        assertEquals(3, c.peers().size());
        assertEquals(Message.MEASUREMENT_POINT, c.peers().get(0).id());
        assertEquals("tcp://127.0.0.1", ConfiguredCluster.targets(c).get(2).migrateUri());
        assertFalse(ConfiguredCluster.targets(c).containsKey(1), "no migration to itself");
        assertEquals(12.5, AgentDaemon.libvirtSettings(c).migrationRateMbps());
    }

    @Test
    void readsTheMeasurementPoint() throws Exception {
        NodeConfig c = NodeConfig.measurement(write("mp.yaml", """
                bind: 127.0.0.1:17000
                cluster_key: 00112233445566778899aabbccddeeff
                duration_s: 30
                out: results
                """ + PEERS));
        assertEquals(Message.MEASUREMENT_POINT, c.id());
        assertEquals(dir.resolve("results"), c.out());
        assertEquals(30, c.durationS());
    }

    private String error(String yaml) throws Exception {
        Path f = write("bad.yaml", yaml);
        ConfigException e = assertThrows(ConfigException.class, () -> NodeConfig.agent(f));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().startsWith(f.toString() + ": "), e.getMessage());
        return e.getMessage();
    }

    @Test
    void errorsNameFileKeyAndValue() throws Exception {
        String base = "id: 1\nlibvirt_uri: test:///default\ncluster_key: 00112233445566778899aabbccddeeff\n";
        assertTrue(error(base + "bind: nowhere\n" + PEERS).contains("key 'bind': value 'nowhere' must be host:port"));
        assertTrue(error(base + "bind: 127.0.0.1:1\nbnid: 3\n" + PEERS).contains("unknown key 'bnid'"));
        assertTrue(error(base + "bind: 127.0.0.1:1\nload_source: disk\n" + PEERS)
                .contains("key 'load_source': value 'disk' must be one of [host, domains]"));
        assertTrue(error(base + "bind: 127.0.0.1:1\npeers: []\n").contains("key 'peers'"));
        assertTrue(error(base + "bind: 127.0.0.1:1\nset: {push_threshold: abc}\n" + PEERS)
                .contains("push_threshold"));
        assertTrue(error("id: 1\nlibvirt_uri: x\nbind: 127.0.0.1:1\ncluster_key: abcd\n" + PEERS)
                .contains("key 'cluster_key'"));
        assertTrue(error("libvirt_uri: x\nbind: 127.0.0.1:1\ncluster_key: 00112233445566778899aabbccddeeff\n" + PEERS)
                .contains("key 'id' is missing"));
    }

    @Test
    void duplicateKeysAreRefusedNotLastWins() throws Exception {
        String base =
                "libvirt_uri: test:///default\nbind: 127.0.0.1:1\n" + "cluster_key: 00112233445566778899aabbccddeeff\n";
        assertTrue(error("id: 1\nid: 2\n" + base + PEERS).contains("'id'"));
        assertTrue(error("id: 1\n" + base + "set: {strategy: pull, strategy: push}\n" + PEERS)
                .contains("'strategy'"));
    }

    @Test
    void zeroLoadFactorIsRefusedNamingTheKey() throws Exception {
        String base = "id: 1\nlibvirt_uri: test:///default\nbind: 127.0.0.1:1\n"
                + "cluster_key: 00112233445566778899aabbccddeeff\n";
        assertTrue(error(base + "load_factor: 0\n" + PEERS).contains("key 'load_factor': value '0' must be"));
        assertTrue(error(base + "load_factor: -1\n" + PEERS).contains("key 'load_factor'"));
        NodeConfig c = NodeConfig.agent(write("ok.yaml", base + "load_factor: 0.67\n" + PEERS));
        assertEquals(0.67, AgentDaemon.libvirtSettings(c).loadFactor());
    }

    @Test
    void lccModelsRunOnLibvirtToo() throws Exception {
        NodeConfig c = NodeConfig.agent(write(
                "lcc.yaml",
                "id: 1\nlibvirt_uri: test:///default\nbind: 127.0.0.1:0\n"
                        + "cluster_key: 00112233445566778899aabbccddeeff\nset: {strategy: lcc-balance}\n" + PEERS));
        assertEquals("lcc-balance", AgentDaemon.strategyName(c));
        try (AgentDaemon daemon = AgentDaemon.start(c)) {
            assertEquals(0, daemon.transport().counters().dropped());
        }
    }

    @Test
    void unreachableLibvirtIsOneLineNamingTheKey() throws Exception {
        NodeConfig c = NodeConfig.agent(write(
                "down.yaml",
                "id: 1\nlibvirt_uri: 'qemu+tcp://127.0.0.1:1/system'\n"
                        + "bind: 127.0.0.1:0\ncluster_key: 00112233445566778899aabbccddeeff\n" + PEERS));
        ConfigException e = assertThrows(ConfigException.class, () -> AgentDaemon.start(c));
        assertTrue(
                e.getMessage()
                        .contains("key 'libvirt_uri': cannot connect to libvirt at qemu+tcp://127.0.0.1:1/system"),
                e.getMessage());
    }
}
