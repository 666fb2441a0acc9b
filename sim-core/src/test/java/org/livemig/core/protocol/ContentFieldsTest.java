package org.livemig.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ContentFieldsTest {

    /** The original definition: split on ';', keep the parts with a non-empty key before the first '='. */
    private static Map<String, String> parsedBySplitting(String content) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String part : content.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                fields.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return fields;
    }

    @Property(tries = 500)
    void parsesAsSplittingOnSemicolonsDoes(
            @ForAll @StringLength(max = 40) @CharRange(from = ';', to = '>') @CharRange(from = 'a', to = 'c')
                    String content) {
        Map<String, String> parsed = ContentFields.parse(content);
        Map<String, String> expected = parsedBySplitting(content);
        assertEquals(expected, parsed);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(parsed.keySet()));
    }

    @Test
    void parsesPairsIgnoresTextWithoutKeyAndKeepsTheLastValue() {
        assertEquals(Map.of("attempts", "3"), ContentFields.parse("attempts=3"));
        assertEquals(Map.of("a", "1=2", "b", "3"), ContentFields.parse(";=x;junk;a=0;b=3;a=1=2;;"));
        assertEquals(Map.of(), ContentFields.parse(""));
        assertEquals(12.0, ContentFields.number(ContentFields.parse("attempts=12"), "attempts", 0));
        assertEquals(7.0, ContentFields.number(ContentFields.parse("attempts=x"), "attempts", 7));
    }
}
