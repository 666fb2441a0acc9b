package org.livemig.libvirt.daemon;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Entry point for the testbed's processes: {@code agent CONFIG} or {@code measure CONFIG [OUT]}. The
 * {@code livemig agent} and {@code livemig measure} commands do the same. Exit 2 on bad configuration.
 */
public final class DaemonMain {

    private DaemonMain() {}

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 2 || !(args[0].equals("agent") || args[0].equals("measure"))) {
            System.err.println("usage: DaemonMain agent CONFIG | measure CONFIG [OUT]");
            System.exit(2);
        }
        try {
            if (args[0].equals("agent")) {
                runAgent(NodeConfig.agent(Path.of(args[1])));
            } else {
                MeasurementDaemon.run(
                        NodeConfig.measurement(Path.of(args[1])), args.length > 2 ? Path.of(args[2]) : null);
            }
            System.exit(0);
        } catch (ConfigException e) {
            System.err.println("livemig: " + e.getMessage());
            System.exit(2);
        } catch (IOException e) {
            System.err.println("livemig: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Runs an agent until its configured duration ends or the process is stopped; prints its counters either way. */
    public static void runAgent(NodeConfig c) throws ConfigException, InterruptedException {
        AgentDaemon daemon = AgentDaemon.start(c);
        AgentLifetime lifetime = new AgentLifetime(
                daemon::close,
                () -> System.err.println(
                        "livemig agent pm" + c.id() + ": " + daemon.transport().counters()));
        Runtime.getRuntime().addShutdownHook(new Thread(lifetime::stop));
        System.err.println("livemig agent pm" + c.id() + ": " + AgentDaemon.strategyName(c) + " on " + c.libvirtUri()
                + ", UDP " + c.bind());
        lifetime.await(c.durationS());
    }
}
