package org.livemig.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.livemig.libvirt.daemon.ConfigException;
import org.livemig.libvirt.daemon.MeasurementDaemon;
import org.livemig.libvirt.daemon.NodeConfig;
import org.livemig.results.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code livemig measure --config mp.yaml}: the measurement point of a real cluster. */
@Command(
        name = "measure",
        mixinStandardHelpOptions = true,
        description = "Run the measurement point over UDP for a duration and write the same result files as "
                + "'run' (summary.json, metrics.csv, pm_loads.csv, migrations.csv, figures).")
final class MeasureCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "Its configuration (YAML).")
    private Path config;

    @Option(names = "--out", paramLabel = "DIR", description = "Result directory (default: the config's 'out').")
    private Path out;

    @Override
    public Integer call() throws IOException, InterruptedException {
        try {
            RunResult r = MeasurementDaemon.run(NodeConfig.measurement(config), out);
            spec.commandLine()
                    .getOut()
                    .printf(
                            Locale.ROOT,
                            "%s: %d attempts, %d migrations, mean system " + "performance %.4f%n",
                            r.summary().scenario(),
                            r.summary().attempts(),
                            r.summary().migrations(),
                            r.summary().meanSystemPerformance());
            return 0;
        } catch (ConfigException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
