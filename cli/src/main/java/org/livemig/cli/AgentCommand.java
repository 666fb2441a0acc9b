package org.livemig.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.livemig.libvirt.daemon.ConfigException;
import org.livemig.libvirt.daemon.DaemonMain;
import org.livemig.libvirt.daemon.NodeConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code livemig agent --config host.yaml}: runs one PM's agent on libvirt until stopped. */
@Command(
        name = "agent",
        mixinStandardHelpOptions = true,
        description = "Run one PM's negotiating agent on libvirt, talking authenticated UDP to its peers "
                + "(keys: docs/TESTBED.md).")
final class AgentCommand implements Callable<Integer> {

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "The PM's configuration (YAML).")
    private Path config;

    @Override
    public Integer call() throws InterruptedException {
        try {
            DaemonMain.runAgent(NodeConfig.agent(config));
            return 0;
        } catch (ConfigException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
