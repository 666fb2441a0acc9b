package org.livemig.scenario;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of an effective scenario: {@code sha256:} and the first 16 hex digits of the SHA-256 of its YAML with
 * every key explicit ({@link ScenarioWriter#toYaml}, the text a run writes as {@code scenario.yaml}), so equal
 * hashes mean the same scenario and a changed key, default or override changes the hash. The prefix keeps the
 * text from ever reading as a number (pandas would take {@code 1e34...} for one).
 */
public final class ScenarioHash {

    /** Hex digits kept (64 bits). */
    static final int DIGITS = 16;

    private ScenarioHash() {}

    /** The hash of {@code scenario}. */
    public static String of(Scenario scenario) {
        return ofYaml(ScenarioWriter.toYaml(scenario));
    }

    /** The hash of a scenario's YAML as {@link ScenarioWriter#toYaml} writes it (a run's {@code scenario.yaml}). */
    public static String ofYaml(String yaml) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(yaml.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest).substring(0, DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
