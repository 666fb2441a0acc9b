package org.livemig.libvirt.testbed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A real testbed on this one machine: {@code scripts/testbed.sh} starts one libvirt daemon per PM (own mount
 * namespace, hostname, host UUID and TCP port on 127.0.0.1) and CPU-burning TCG guests; this class writes
 * each node's configuration, starts the agents and the measurement point as separate JVMs with a pid file
 * each, and {@link #close()} ends everything by pid.
 */
public final class LocalTestbed implements AutoCloseable {

    /** A guest: VM {@code vmId} on PM {@code pm} (1-based), burning {@code load} of a core. */
    public record Guest(int pm, int vmId, double load) {}

    /**
     * What to start.
     *
     * @param pms         libvirt daemons
     * @param libvirtBase daemon PM i listens on libvirtBase + i
     * @param udpBase     agent PM i receives on udpBase + i, the measurement point on udpBase
     * @param guests      the guests and their loads
     */
    public record Plan(int pms, int libvirtBase, int udpBase, List<Guest> guests) {

        /**
         * PM 1 runs {@code hotGuests} guests at {@code hotLoad} each, every other PM one guest at
         * {@code coldLoad}: with one core per PM and a push threshold above {@code hotLoad + coldLoad} and below
         * {@code hotGuests * hotLoad}, PM 1 is a hotspot and any other PM can take one of its guests.
         */
        public static Plan hotspot(int pms, int hotGuests, double hotLoad, double coldLoad) {
            List<Guest> guests = new ArrayList<>();
            for (int vm = 1; vm <= hotGuests; vm++) {
                guests.add(new Guest(1, vm, hotLoad));
            }
            for (int pm = 2; pm <= pms; pm++) {
                guests.add(new Guest(pm, hotGuests + pm - 1, coldLoad));
            }
            return new Plan(pms, 16500, 17000, guests);
        }
    }

    /**
     * Scenario settings for a local run of {@code durationS} seconds matching {@link Plan#hotspot}(3, 3, 0.25,
     * 0.01): Push, one core per PM, push threshold 0.3, and every timing constant shortened (check and load
     * sample every second, 5 s load window, 2-sample EWMA warm-up, 10 s settle periods).
     */
    public static Map<String, String> shortRun(int pms, int vms, double durationS) {
        Map<String, String> s = new java.util.LinkedHashMap<>();
        s.put("name", "testbed-local-push");
        s.put("strategy", "push");
        s.put("hypervisor", "kvm");
        s.put("topology.pms", String.valueOf(pms));
        s.put("topology.vms", String.valueOf(vms));
        s.put("topology.cores_per_pm", "1");
        s.put("topology.vm_memory_mb", "64");
        s.put("duration_s", String.valueOf(durationS));
        s.put("measurement_interval_s", "1");
        s.put("record_interval_s", "10");
        s.put("negotiation.variable_thresholds", "false");
        s.put("negotiation.push_threshold", "0.3");
        s.put("negotiation.pull_threshold", "0.05");
        s.put("negotiation.check_interval_s", "1");
        s.put("negotiation.load_sample_interval_s", "1");
        s.put("negotiation.load_average_window_s", "5");
        s.put("negotiation.ewma_alpha", "0.5");
        s.put("negotiation.ewma_warmup_samples", "2");
        s.put("negotiation.reply_timeout_s", "2");
        s.put("negotiation.lock_timeout_s", "20");
        s.put("negotiation.destination_settle_s", "10");
        s.put("negotiation.source_settle_s", "10");
        s.put("negotiation.backoff_cap_s", "5");
        return s;
    }

    private final Path script;
    private final Path dir;
    private final Plan plan;
    private final List<Process> processes = new ArrayList<>();
    private long clockOriginMs = System.currentTimeMillis();
    private ScheduledExecutorService workload;

    private LocalTestbed(Path script, Path dir, Plan plan) {
        this.script = script;
        this.dir = dir;
        this.plan = plan;
    }

    /** Whether this machine can run the testbed (root, libvirt, QEMU, unshare); the reason goes to stderr. */
    public static boolean available(Path script) {
        try {
            Process p = new ProcessBuilder("bash", script.toString(), "check")
                    .inheritIO()
                    .start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Starts the daemons and guests of {@code plan} in {@code dir}, after ending whatever an earlier testbed
     * there left running; on failure everything started is ended.
     */
    public static LocalTestbed up(Path script, Path dir, Plan plan) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        LocalTestbed tb = new LocalTestbed(script.toAbsolutePath(), dir.toAbsolutePath(), plan);
        tb.script("down", tb.dir.toString());
        try {
            tb.script("daemons-up", tb.dir.toString(), String.valueOf(plan.pms()), String.valueOf(plan.libvirtBase()));
            for (Guest g : plan.guests()) {
                tb.script(
                        "guest",
                        tb.dir.toString(),
                        String.valueOf(g.pm()),
                        String.valueOf(g.vmId()),
                        String.valueOf(g.load()));
            }
            Files.writeString(tb.dir.resolve("cluster.key"), HexFormat.of().formatHex(randomKey()) + "\n");
            return tb;
        } catch (IOException | RuntimeException e) {
            tb.close();
            throw e;
        }
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    /** The libvirt URI of PM {@code pm}. */
    public String libvirtUri(int pm) {
        return "qemu+tcp://127.0.0.1:" + (plan.libvirtBase() + pm) + "/system";
    }

    /** The directory holding configurations, logs and pid files. */
    public Path dir() {
        return dir;
    }

    /**
     * Writes {@code pmN.yaml} for each agent and {@code mp.yaml} for the measurement point.
     *
     * @param scenario packaged scenario name or file
     * @param settings scenario overrides ({@code set:}), e.g. shortened timing
     * @param durationS how long the measurement point runs
     */
    public void writeConfigs(String scenario, Map<String, String> settings, double durationS) throws IOException {
        StringBuilder peers =
                new StringBuilder("peers:\n  - {id: measurement, address: 127.0.0.1:" + plan.udpBase() + "}\n");
        for (int pm = 1; pm <= plan.pms(); pm++) {
            peers.append("  - {id: ")
                    .append(pm)
                    .append(", address: 127.0.0.1:")
                    .append(plan.udpBase() + pm)
                    .append(", libvirt_uri: '")
                    .append(libvirtUri(pm))
                    .append("', migrate_uri: 'tcp://127.0.0.1'}\n");
        }
        StringBuilder set = new StringBuilder("set:\n");
        settings.forEach(
                (k, v) -> set.append("  ").append(k).append(": '").append(v).append("'\n"));
        clockOriginMs = System.currentTimeMillis();
        String common = "cluster_key_file: cluster.key\nclock_origin_ms: " + clockOriginMs + "\nscenario: " + scenario
                + "\n" + set + peers;
        for (int pm = 1; pm <= plan.pms(); pm++) {
            Files.writeString(
                    dir.resolve("pm" + pm + ".yaml"),
                    "id: " + pm + "\nlibvirt_uri: '" + libvirtUri(pm) + "'\nbind: 127.0.0.1:" + (plan.udpBase() + pm)
                            + "\nload_source: domains\ncores: 1\n" + common);
        }
        Files.writeString(
                dir.resolve("mp.yaml"),
                "bind: 127.0.0.1:" + plan.udpBase() + "\nduration_s: " + durationS + "\nout: results\ncores: 1\n"
                        + common);
    }

    /** Starts the agent of every PM as its own JVM, logging to {@code pmN.log}. */
    public void startAgents(String classPath) throws IOException {
        for (int pm = 1; pm <= plan.pms(); pm++) {
            start(
                    "agent-pm" + pm,
                    classPath,
                    "agent",
                    dir.resolve("pm" + pm + ".yaml").toString());
        }
    }

    /** Starts the measurement point as its own JVM; it writes {@code results/} and exits after its duration. */
    public Process startMeasurement(String classPath) throws IOException {
        return start("measure", classPath, "measure", dir.resolve("mp.yaml").toString());
    }

    /**
     * Applies {@code schedule} on a background thread: at each step's time after the clock origin of
     * {@link #writeConfigs}, {@code scripts/testbed.sh quota} sets the guest's {@code vcpu_quota} on whichever
     * daemon runs it; each change is logged to {@code workload.log}. {@link #close()} stops it.
     */
    public synchronized void followWorkload(QuotaSchedule schedule) throws IOException {
        if (!schedule.changes()) {
            return;
        }
        log(String.format(
                java.util.Locale.ROOT,
                "workload change at %.1f s: %d guest quota(s)",
                schedule.changeAtS(),
                schedule.steps().size()));
        workload = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "testbed-workload");
            t.setDaemon(true);
            return t;
        });
        for (QuotaSchedule.Step step : schedule.steps()) {
            long delayMs = clockOriginMs + Math.round(step.atS() * 1000) - System.currentTimeMillis();
            workload.schedule(() -> apply(step), Math.max(0, delayMs), TimeUnit.MILLISECONDS);
        }
    }

    private void apply(QuotaSchedule.Step step) {
        double t = (System.currentTimeMillis() - clockOriginMs) / 1000.0;
        String what = String.format(
                java.util.Locale.ROOT,
                "t=%.1f s vm%d vcpu_quota=%d (load %.3f)",
                t,
                step.vmId(),
                step.quotaUs(),
                step.load());
        try {
            script("quota", dir.toString(), String.valueOf(step.vmId()), String.valueOf(step.quotaUs()));
            log(what);
        } catch (IOException e) {
            log(what + " FAILED: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void log(String line) {
        try {
            Files.writeString(
                    dir.resolve("workload.log"),
                    line + "\n",
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("testbed: " + line);
        }
    }

    private Process start(String name, String classPath, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                classPath,
                "org.livemig.libvirt.daemon.DaemonMain"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile())
                .start();
        processes.add(p);
        Files.writeString(dir.resolve(name + ".pid"), p.pid() + "\n");
        return p;
    }

    private void script(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("bash", script.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dir.resolve("testbed.log").toFile()))
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("testbed.sh " + args[0] + " did not finish; see " + dir.resolve("testbed.log"));
        }
        if (p.exitValue() != 0) {
            throw new IOException("testbed.sh " + String.join(" ", args) + " failed (exit " + p.exitValue() + "); see "
                    + dir.resolve("testbed.log"));
        }
    }

    /** Ends the agents, the measurement point, the guests and the daemons, by pid. */
    @Override
    public void close() {
        synchronized (this) {
            if (workload != null) {
                workload.shutdownNow();
            }
        }
        for (Process p : processes) {
            p.destroy();
        }
        try {
            script("down", dir.toString());
        } catch (IOException e) {
            System.err.println("testbed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Process p : processes) {
            p.destroyForcibly();
        }
    }
}
