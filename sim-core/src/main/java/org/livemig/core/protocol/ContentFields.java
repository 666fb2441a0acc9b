package org.livemig.core.protocol;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code content} field as {@code key=value} pairs separated by {@code ;} (e.g. {@code start_s=3.0} or
 * {@code attempts=12}). Keys and values must not contain {@code ;} or {@code =}.
 */
public final class ContentFields {

    private ContentFields() {}

    /** Formats {@code fields} in their iteration order; numbers use {@link Locale#ROOT}. */
    public static String format(Map<String, ?> fields) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, ?> e : fields.entrySet()) {
            if (sb.length() > 0) {
                sb.append(';');
            }
            Object v = e.getValue();
            sb.append(e.getKey())
                    .append('=')
                    .append(v instanceof Double d ? String.format(Locale.ROOT, "%.9g", d) : String.valueOf(v));
        }
        return sb.toString();
    }

    /** Parses {@code content}; text that is not a {@code key=value} pair is ignored. */
    public static Map<String, String> parse(String content) {
        Map<String, String> fields = new LinkedHashMap<>();
        int start = 0;
        while (start <= content.length()) {
            int end = content.indexOf(';', start);
            if (end < 0) {
                end = content.length();
            }
            int eq = content.indexOf('=', start);
            if (eq > start && eq < end) {
                fields.put(content.substring(start, eq), content.substring(eq + 1, end));
            }
            start = end + 1;
        }
        return fields;
    }

    /** The number under {@code key}, or {@code fallback} when it is missing or not a number. */
    public static double number(Map<String, String> fields, String key, double fallback) {
        String v = fields.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
