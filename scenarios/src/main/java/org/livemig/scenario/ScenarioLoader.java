package org.livemig.scenario;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads scenario files (YAML, keys in {@link ScenarioKeys}) into a validated {@link Scenario}. Keys left
 * out keep their defaults; {@code preset:} applies a {@link Preset} first. Every error is one line naming
 * the file, the line and the key, e.g. {@code x.yaml:3: unknown key 'strategi' (did you mean 'strategy'?)}.
 */
public final class ScenarioLoader {

    private ScenarioLoader() {}

    /**
     * Reads the scenario file {@code file}; the scenario's name defaults to the file's name without extension.
     * A relative {@code lcc.model_file}, {@code workload.trace_dir} or {@code workload.trace_file} names a
     * file in the scenario file's directory if one is there, else in the working directory.
     */
    public static Scenario load(Path file) throws ScenarioException {
        String source = file.toString();
        return fromTree(
                YamlTree.readDocument(readText(file), source),
                source,
                Scenario.builder().name(nameFrom(source)),
                file.toAbsolutePath().getParent());
    }

    /** The UTF-8 text of {@code file}; errors name the file. */
    static String readText(Path file) throws ScenarioException {
        String source = file.toString();
        if (!Files.exists(file)) {
            throw new ScenarioException(source + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new ScenarioException(source + ": is a directory, not a scenario file");
        }
        String yaml;
        try {
            yaml = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ScenarioException(source + ": not UTF-8 text");
        } catch (IOException e) {
            throw new ScenarioException(source + ": cannot read: " + e.getMessage());
        }
        return yaml;
    }

    /**
     * Reads a scenario from YAML text.
     *
     * @param yaml the scenario in YAML
     * @param sourceName the file name used in error messages and as the default scenario name
     */
    public static Scenario parse(String yaml, String sourceName) throws ScenarioException {
        return fromTree(
                YamlTree.readDocument(yaml, sourceName),
                sourceName,
                Scenario.builder().name(nameFrom(sourceName)));
    }

    /** Applies the keys of {@code root} (a scenario mapping read from {@code sourceName}) over {@code builder}. */
    static Scenario fromTree(YamlTree.MapNode root, String sourceName, ScenarioBuilder builder)
            throws ScenarioException {
        return fromTree(root, sourceName, builder, null);
    }

    /**
     * As {@link #fromTree(YamlTree.MapNode, String, ScenarioBuilder)}; relative file names in the scenario
     * ({@code lcc.model_file}, {@code workload.trace_dir}, {@code workload.trace_file}) resolve against
     * {@code baseDir} first when it is not null.
     */
    static Scenario fromTree(YamlTree.MapNode root, String sourceName, ScenarioBuilder builder, Path baseDir)
            throws ScenarioException {
        Map<String, Integer> lines = new HashMap<>();
        int presetLine = 1;
        for (YamlTree.Entry entry : root.entries()) {
            if (entry.key().equals(ScenarioKeys.PRESET)) {
                presetLine = entry.keyPosition().line();
                String text = scalarText(entry, ScenarioKeys.PRESET, sourceName);
                Preset preset = Preset.parse(text)
                        .orElseThrow(() -> new ScenarioException(sourceName + ":"
                                + entry.value().position().line() + ": preset: must be one of "
                                + Spelled.list(Preset.values()) + ", got '" + text + "'"));
                builder.preset(preset);
            }
        }
        for (YamlTree.Entry entry : root.entries()) {
            String key = entry.key();
            if (key.equals(ScenarioKeys.PRESET)) {
                continue;
            }
            if (ScenarioKeys.groups().contains(key)) {
                if (!(entry.value() instanceof YamlTree.MapNode group)) {
                    throw new ScenarioException(
                            sourceName + ":" + entry.keyPosition().line() + ": " + key
                                    + ": must be a mapping of keys (indented 'key: value' lines or {key: value}), got "
                                    + describe(entry.value()));
                }
                for (YamlTree.Entry inner : group.entries()) {
                    apply(builder, key, inner, sourceName, lines, baseDir);
                }
            } else {
                apply(builder, "", entry, sourceName, lines, baseDir);
            }
        }
        try {
            return builder.build();
        } catch (InvalidScenarioException e) {
            int line = e.locate(lines).orElse(presetLine);
            throw new ScenarioException(sourceName + ":" + line + ": " + e.getMessage());
        }
    }

    /**
     * Reads {@code arg} as a scenario file if such a file exists, else as the name of a packaged scenario
     * ({@link PackagedScenarios}), with or without {@code .yaml}.
     */
    public static Scenario loadPathOrPackaged(String arg) throws ScenarioException {
        Path path = null;
        try {
            path = Path.of(arg);
        } catch (InvalidPathException notAPath) {
            // not a usable file name: try it as a packaged name
        }
        if (path != null && Files.exists(path)) {
            return load(path);
        }
        String name = PackagedScenarios.stripExtension(arg);
        if (PackagedScenarios.names().contains(name)) {
            return PackagedScenarios.load(name);
        }
        throw new ScenarioException(arg + ": no such file, and not a packaged scenario (packaged: "
                + String.join(", ", PackagedScenarios.names()) + ")");
    }

    private static void apply(
            ScenarioBuilder builder,
            String group,
            YamlTree.Entry entry,
            String source,
            Map<String, Integer> lines,
            Path baseDir)
            throws ScenarioException {
        String full = group.isEmpty() ? entry.key() : group + "." + entry.key();
        ScenarioKey key = ScenarioKeys.find(full).orElse(null);
        if (key == null) {
            throw new ScenarioException(source + ":" + entry.keyPosition().line() + ": unknown key '" + full + "'"
                    + KeySuggestions.hint(KeySuggestions.forKey(group, entry.key())));
        }
        String text = scalarText(entry, full, source);
        if (full.equals(ScenarioKeys.LCC_MODEL_FILE)
                || full.equals(ScenarioKeys.WORKLOAD_TRACE_FILE)
                || full.equals(ScenarioKeys.ENERGY_POWER_TABLE_FILE)) {
            text = resolveFile(text, baseDir, Files::isRegularFile);
        } else if (full.equals(ScenarioKeys.WORKLOAD_TRACE_DIR)) {
            text = resolveFile(text, baseDir, Files::isDirectory);
        }
        Object value;
        try {
            value = key.parse(text);
        } catch (ScenarioKey.BadValueException e) {
            throw new ScenarioException(source + ":" + entry.value().position().line() + ": " + full + ": must be "
                    + e.expected() + ", got '" + text + "'");
        }
        key.set(builder, value);
        lines.put(full, entry.value().position().line());
    }

    /**
     * {@code name} resolved against {@code baseDir} if it is relative and names a file there ({@code exists}
     * says what counts: a regular file, a directory); else as given.
     */
    static String resolveFile(String name, Path baseDir, Predicate<Path> exists) {
        try {
            Path path = Path.of(name.trim());
            if (baseDir != null && !name.isBlank() && !path.isAbsolute() && exists.test(baseDir.resolve(path))) {
                return baseDir.resolve(path).normalize().toString();
            }
        } catch (InvalidPathException notAPath) {
            // left as given: the key's own validation names the problem
        }
        return name;
    }

    static String scalarText(YamlTree.Entry entry, String key, String source) throws ScenarioException {
        int line = entry.value().position().line();
        if (entry.value() instanceof YamlTree.ScalarNode scalar) {
            if (scalar.isNull()) {
                throw new ScenarioException(source + ":" + entry.keyPosition().line() + ": " + key + ": missing value");
            }
            return scalar.text();
        }
        throw new ScenarioException(
                source + ":" + line + ": " + key + ": must be a single value, got " + describe(entry.value()));
    }

    static String describe(YamlTree.Node node) {
        if (node instanceof YamlTree.MapNode) {
            return "a mapping";
        }
        if (node instanceof YamlTree.ListNode) {
            return "a list";
        }
        YamlTree.ScalarNode scalar = (YamlTree.ScalarNode) node;
        return scalar.isNull() ? "nothing" : "'" + scalar.text() + "'";
    }

    /** The file's name without directory and extension, made into a valid scenario name. */
    static String nameFrom(String sourceName) {
        String base = sourceName.substring(Math.max(sourceName.lastIndexOf('/'), sourceName.lastIndexOf('\\')) + 1);
        base = PackagedScenarios.stripExtension(base)
                .replaceAll("[^A-Za-z0-9._-]", "-")
                .replaceFirst("^[^A-Za-z0-9]+", "");
        if (base.length() > 100) {
            base = base.substring(0, 100);
        }
        return base.isEmpty() ? "scenario" : base;
    }
}
