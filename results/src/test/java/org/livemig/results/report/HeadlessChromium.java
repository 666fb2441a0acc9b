package org.livemig.results.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless chromium ({@code /usr/bin/chromium}) for tests: loads a local page and returns the DOM
 * after the load event, or takes a screenshot. Missing chromium fails the test when {@code CI=true}
 * (scripts/install-deps installs it) and skips it otherwise.
 */
final class HeadlessChromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_S = 60;

    private HeadlessChromium() {}

    /** Fails (on CI) or skips the calling test when chromium is not installed. */
    static void requireInstalled() {
        if (Files.isExecutable(BINARY)) {
            return;
        }
        String message = BINARY + " not found: install Debian's chromium (scripts/install-deps does)";
        if ("true".equals(System.getenv("CI"))) {
            fail(message);
        }
        Assumptions.abort(message + "; skipped outside CI");
    }

    /**
     * The DOM of {@code page} after it has loaded, serialised by chromium's {@code --dump-dom}.
     *
     * @param page an HTML file
     * @param work a fresh directory for chromium's profile and output
     */
    static String dumpDom(Path page, Path work) throws IOException, InterruptedException {
        return run(work, "--dump-dom", page.toUri().toString());
    }

    /** Writes a {@code width x height} screenshot of {@code page} to {@code png}. */
    static void screenshot(Path page, Path png, int width, int height, Path work)
            throws IOException, InterruptedException {
        run(
                work,
                "--screenshot=" + png.toAbsolutePath(),
                "--window-size=" + width + "," + height,
                page.toUri().toString());
        assertTrue(Files.size(png) > 0, "chromium wrote no screenshot");
    }

    private static String run(Path work, String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "chromium-profile-");
        Path out = work.resolve("chromium-" + System.nanoTime() + ".out");
        Path err = work.resolve("chromium-" + System.nanoTime() + ".err");
        List<String> command = new ArrayList<>(List.of(
                BINARY.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--virtual-time-budget=5000",
                "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail("chromium did not finish within " + TIMEOUT_S + " s: " + Files.readString(err));
        }
        assertEquals(0, p.exitValue(), () -> "chromium failed: " + readQuietly(err));
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.getMessage();
        }
    }
}
