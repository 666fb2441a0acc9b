package org.livemig.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** Reads the version Maven wrote into {@code livemig-version.properties}. */
final class LivemigVersion implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        Properties p = new Properties();
        try (InputStream in = LivemigVersion.class.getResourceAsStream("/livemig-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new String[] {
            "livemig " + p.getProperty("version", "unknown"), "Java " + System.getProperty("java.version")
        };
    }
}
