package org.livemig.results.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.livemig.results.OverheadStatistics;
import org.livemig.results.ResultFormatException;
import org.livemig.results.RunSummary;

/**
 * Writes and reads {@code summary.json}: the SPEC 8 keys in {@link RunSummary#JSON_KEYS} order, then
 * the extra keys, pretty-printed with two-space indents and {@code '\n'} line ends.
 */
public final class SummaryJson {
    /** The file's name in a result directory. */
    public static final String FILE_NAME = "summary.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private SummaryJson() {}

    /**
     * The JSON text of {@code summary}, ending with a line end.
     *
     * @param summary the summary
     * @return the text
     * @throws IllegalArgumentException if an extra value cannot be written as JSON
     */
    public static String toJson(RunSummary summary) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("scenario", summary.scenario());
        root.put("strategy", summary.strategy());
        root.put("hypervisor", summary.hypervisor());
        root.put("seed", summary.seed());
        root.put("pms", summary.pms());
        root.put("vms", summary.vms());
        root.put("sim_time_s", summary.simTimeS());
        root.put("attempts", summary.attempts());
        root.put("migrations", summary.migrations());
        root.put("mean_system_performance", summary.meanSystemPerformance());
        root.put("final_system_performance", summary.finalSystemPerformance());
        OverheadStatistics o = summary.overheadKbps();
        ObjectNode overhead = root.putObject("overhead_kbps");
        overhead.put("max", o.max());
        overhead.put("min", o.min());
        overhead.put("mean", o.mean());
        overhead.put("median", o.median());
        overhead.put("std", o.std());
        root.put("events", summary.events());
        root.put("wall_s", summary.wallS());
        summary.extra().forEach((key, value) -> root.set(key, MAPPER.valueToTree(value)));
        try {
            return WRITER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("summary cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Writes {@code summary} to {@code file}, replacing it.
     *
     * @param file the file to write
     * @param summary the summary
     * @throws IOException if writing fails
     */
    public static void write(Path file, RunSummary summary) throws IOException {
        Files.writeString(file, toJson(summary), StandardCharsets.UTF_8);
    }

    /**
     * Reads a summary from {@code file}.
     *
     * @param file the file to read
     * @return the summary; extra keys come back as Jackson's natural Java types
     * @throws ResultFormatException if the file is missing, is not a JSON object, lacks a SPEC 8 key or
     *     has a value of the wrong type
     * @throws IOException if reading fails otherwise
     */
    public static RunSummary read(Path file) throws IOException, ResultFormatException {
        Map<String, LocatedNode> fields = readTopLevel(file);
        SummaryFields f = new SummaryFields(file, fields);
        Map<String, Object> extra = new LinkedHashMap<>();
        fields.forEach((key, located) -> {
            if (!RunSummary.JSON_KEYS.contains(key)) {
                extra.put(key, MAPPER.convertValue(located.node(), Object.class));
            }
        });
        LocatedNode overheadNode = f.require("overhead_kbps");
        if (!overheadNode.node().isObject()) {
            throw f.wrongType("overhead_kbps", "an object with max, min, mean, median, std");
        }
        OverheadStatistics overhead = new OverheadStatistics(
                f.overheadValue(overheadNode, "max"),
                f.overheadValue(overheadNode, "min"),
                f.overheadValue(overheadNode, "mean"),
                f.overheadValue(overheadNode, "median"),
                f.overheadValue(overheadNode, "std"));
        try {
            return new RunSummary(
                    f.text("scenario"),
                    f.text("strategy"),
                    f.text("hypervisor"),
                    f.longValue("seed"),
                    f.intValue("pms"),
                    f.intValue("vms"),
                    f.decimal("sim_time_s"),
                    f.longValue("attempts"),
                    f.longValue("migrations"),
                    f.decimal("mean_system_performance"),
                    f.decimal("final_system_performance"),
                    overhead,
                    f.longValue("events"),
                    f.decimal("wall_s"),
                    extra);
        } catch (IllegalArgumentException e) {
            throw new ResultFormatException(file, 0, e.getMessage());
        }
    }

    /** Reads the top-level object key by key, remembering the line of each key. */
    private static Map<String, LocatedNode> readTopLevel(Path file) throws IOException, ResultFormatException {
        Map<String, LocatedNode> fields = new LinkedHashMap<>();
        try (JsonParser parser = MAPPER.createParser(file.toFile())) {
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_OBJECT) {
                throw new ResultFormatException(
                        file,
                        line(parser),
                        token == null
                                ? "file is empty, expected a JSON object"
                                : "expected a JSON object, found " + token);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                long line = line(parser);
                parser.nextToken();
                JsonNode value = parser.readValueAsTree();
                if (fields.put(key, new LocatedNode(value, line)) != null) {
                    throw new ResultFormatException(file, line, "key '" + key + "' appears twice");
                }
            }
            if (parser.nextToken() != null) {
                throw new ResultFormatException(file, line(parser), "unexpected content after the object");
            }
        } catch (JsonParseException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ResultFormatException(
                    file, line, "not valid JSON: " + e.getOriginalMessage().replace('\n', ' '));
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new ResultFormatException(file, 0, "file is missing");
        }
        return fields;
    }

    private static long line(JsonParser parser) {
        return Math.max(0, parser.currentLocation().getLineNr());
    }
}
