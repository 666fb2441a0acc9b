package org.livemig.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A YAML document read into maps and scalars that remember their line, for one-line error messages (scenario,
 * sweep and claims files).
 */
public final class YamlTree {

    /** Where a node starts in the file, 1-based. */
    public record Position(int line, int column) {}

    /** A YAML value. */
    public sealed interface Node permits MapNode, ScalarNode, ListNode {
        Position position();
    }

    /** One {@code key: value} of a mapping. */
    public record Entry(String key, Position keyPosition, Node value) {}

    /** A mapping, entries in file order. */
    public record MapNode(Position position, List<Entry> entries) implements Node {}

    /** A single value; {@code text} is as written, {@code isNull} for an empty value or {@code ~}. */
    public record ScalarNode(Position position, String text, boolean isNull) implements Node {}

    /** A sequence, items in file order (scenarios have none; sweep files list values). */
    public record ListNode(Position position, List<Node> items) implements Node {}

    private static final YAMLFactory FACTORY = new YAMLFactory();
    private static final Pattern MARK = Pattern.compile("line (\\d+), column (\\d+)");

    private YamlTree() {}

    /**
     * Reads one YAML document whose top level must be a mapping.
     *
     * @throws ScenarioException with {@code source:line:column: ...} for a syntax error, or
     *         {@code source:line: ...} for an empty file, a duplicate key, an alias or a second document
     */
    static MapNode readDocument(String yaml, String source) throws ScenarioException {
        return readDocument(yaml, source, "scenario");
    }

    /** As {@link #readDocument(String, String)}; {@code what} names the document in errors ("sweep file"). */
    public static MapNode readDocument(String yaml, String source, String what) throws ScenarioException {
        try (JsonParser parser = FACTORY.createParser(yaml)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ScenarioException(source + ":1: the file is empty; a " + what + " is a mapping of "
                        + "keys to values, e.g. 'strategy: push'");
            }
            Node root = readNode(parser, source);
            if (!(root instanceof MapNode map)) {
                throw new ScenarioException(source + ":" + root.position().line() + ": a " + what + " must be a "
                        + "mapping of keys to values, e.g. 'strategy: push'");
            }
            if (parser.nextToken() != null) {
                throw new ScenarioException(source + ":" + position(parser).line()
                        + ": only one YAML document is allowed (remove the second '---')");
            }
            return map;
        } catch (JsonProcessingException e) {
            throw syntaxError(e, source);
        } catch (IOException e) {
            throw new ScenarioException(source + ": cannot read: " + oneLine(e.getMessage()));
        }
    }

    private static Node readNode(JsonParser parser, String source) throws IOException, ScenarioException {
        Position at = position(parser);
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw new ScenarioException(source + ":" + at.line() + ": YAML aliases (*name) are not supported");
        }
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            List<Entry> entries = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                Position keyAt = position(parser);
                Integer firstLine = seen.putIfAbsent(key, keyAt.line());
                if (firstLine != null) {
                    throw new ScenarioException(source + ":" + keyAt.line() + ": duplicate key '" + key
                            + "' (first at line " + firstLine + ")");
                }
                parser.nextToken();
                entries.add(new Entry(key, keyAt, readNode(parser, source)));
            }
            return new MapNode(at, List.copyOf(entries));
        }
        if (token == JsonToken.START_ARRAY) {
            List<Node> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(readNode(parser, source));
            }
            return new ListNode(at, List.copyOf(items));
        }
        return new ScalarNode(at, parser.getText(), token == JsonToken.VALUE_NULL);
    }

    private static Position position(JsonParser parser) {
        JsonLocation location = parser.currentTokenLocation();
        return new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    /** SnakeYAML reports "context, mark, problem, mark" over several lines; keep the problem and its mark. */
    private static ScenarioException syntaxError(JsonProcessingException e, String source) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String problem = null;
        int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
        int column = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr());
        String[] lines = message.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String text = lines[i];
            if (text.isBlank() || Character.isWhitespace(text.charAt(0))) {
                continue;
            }
            problem = problem == null ? text.trim() : problem + ": " + text.trim();
            Matcher mark = i + 1 < lines.length ? MARK.matcher(lines[i + 1]) : null;
            if (mark != null && lines[i + 1].trim().startsWith("in ") && mark.find()) {
                line = Integer.parseInt(mark.group(1));
                column = Integer.parseInt(mark.group(2));
            }
        }
        if (problem == null) {
            problem = "not valid YAML";
        }
        return new ScenarioException(source + ":" + line + ":" + column + ": malformed YAML: " + oneLine(problem));
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }
}
