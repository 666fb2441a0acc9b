package org.livemig.results.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.livemig.results.ResultFormatException;

/** Typed access to the top-level keys of {@code summary.json}, with errors naming key and line. */
final class SummaryFields {
    private final Path file;
    private final Map<String, LocatedNode> fields;

    SummaryFields(Path file, Map<String, LocatedNode> fields) {
        this.file = file;
        this.fields = fields;
    }

    LocatedNode require(String key) throws ResultFormatException {
        LocatedNode located = fields.get(key);
        if (located == null) {
            throw new ResultFormatException(file, 0, "key '" + key + "' is missing");
        }
        return located;
    }

    String text(String key) throws ResultFormatException {
        JsonNode node = require(key).node();
        if (!node.isTextual()) {
            throw wrongType(key, "a string");
        }
        return node.textValue();
    }

    long longValue(String key) throws ResultFormatException {
        JsonNode node = require(key).node();
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw wrongType(key, "an integer");
        }
        return node.longValue();
    }

    int intValue(String key) throws ResultFormatException {
        JsonNode node = require(key).node();
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw wrongType(key, "an integer");
        }
        return node.intValue();
    }

    double decimal(String key) throws ResultFormatException {
        JsonNode node = require(key).node();
        if (!node.isNumber()) {
            throw wrongType(key, "a number");
        }
        return node.doubleValue();
    }

    double overheadValue(LocatedNode overhead, String key) throws ResultFormatException {
        JsonNode node = overhead.node().get(key);
        if (node == null || !node.isNumber()) {
            throw new ResultFormatException(
                    file,
                    overhead.line(),
                    "key 'overhead_kbps." + key + "' is " + (node == null ? "missing" : "not a number"));
        }
        return node.doubleValue();
    }

    ResultFormatException wrongType(String key, String expected) {
        LocatedNode located = fields.get(key);
        return new ResultFormatException(
                file,
                located.line(),
                "key '" + key + "' must be " + expected + ", found "
                        + excerpt(located.node().toString()));
    }

    private static String excerpt(String json) {
        return json.length() <= 40 ? json : json.substring(0, 37) + "...";
    }
}
