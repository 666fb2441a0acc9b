package org.livemig.scenario;

import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One settable value of a scenario: its YAML key (dotted by group, e.g. {@code negotiation.push_threshold}),
 * its type, how to read it from text and how to get and set it. {@link ScenarioKeys} lists them all.
 */
public final class ScenarioKey {

    /** The type of a key's value. */
    public enum Kind {
        /** A decimal number. */
        NUMBER("a number"),
        /** A whole number that fits in an {@code int}. */
        INTEGER("a whole number"),
        /** A whole number that fits in a {@code long}. */
        LONG("a whole number"),
        /** {@code true} or {@code false}. */
        BOOLEAN("true or false"),
        /** A whole number of at least 1, or {@code all} (held as {@link ScenarioKey#ALL}). */
        COUNT_OR_ALL("a whole number of at least 1, or all"),
        /** Any text. */
        TEXT("text"),
        /** One of a fixed set of spellings. */
        CHOICE("one of");

        private final String expected;

        Kind(String expected) {
            this.expected = expected;
        }
    }

    /** A text that is not a valid value for the key; {@link #expected()} says what would be. */
    static final class BadValueException extends Exception {
        private static final long serialVersionUID = 1L;

        BadValueException(String expected) {
            super(expected);
        }

        /** What the value should be, e.g. {@code "a number"}, {@code "one of xen, kvm"}. */
        String expected() {
            return getMessage();
        }
    }

    /** The value of a {@link Kind#COUNT_OR_ALL} key spelled {@code all}. */
    public static final int ALL = 0;

    private static final String ALL_SPELLING = "all";

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");
    private static final Pattern DIGIT_UNDERSCORE = Pattern.compile("(?<=\\d)_(?=\\d)");

    private final String name;
    private final Kind kind;
    private final Spelled[] choices;
    private final Function<Scenario, Object> getter;
    private final BiConsumer<ScenarioBuilder, Object> setter;
    private final String meaning;
    private final String source;
    private final String defaultText;

    ScenarioKey(
            String name,
            Kind kind,
            Spelled[] choices,
            Function<Scenario, Object> getter,
            BiConsumer<ScenarioBuilder, Object> setter,
            String meaning,
            String source,
            String defaultText) {
        this.name = name;
        this.kind = kind;
        this.choices = choices;
        this.getter = getter;
        this.setter = setter;
        this.meaning = meaning;
        this.source = source;
        this.defaultText = defaultText;
    }

    /** The full YAML key, e.g. {@code negotiation.push_threshold}, or {@code strategy} at the top level. */
    public String name() {
        return name;
    }

    /** The group, e.g. {@code negotiation}; empty for a top-level key. */
    public String group() {
        int dot = name.indexOf('.');
        return dot < 0 ? "" : name.substring(0, dot);
    }

    /** The key within its group, e.g. {@code push_threshold}. */
    public String leaf() {
        return name.substring(name.indexOf('.') + 1);
    }

    /** The type of the value. */
    public Kind kind() {
        return kind;
    }

    /** What a value must be, e.g. {@code "a number"} or {@code "one of push, pull, hybrid, ..."}. */
    public String expected() {
        return kind == Kind.CHOICE ? "one of " + Spelled.list(choices) : kind.expected;
    }

    /** What the key means, with its unit. */
    public String meaning() {
        return meaning;
    }

    /** Where the default comes from (SPEC or thesis section), or why it was chosen. */
    public String source() {
        return source;
    }

    /** The value in {@code scenario}, as it is written in YAML; {@code null} if it is unset. */
    public String textIn(Scenario scenario) {
        Object value = getter.apply(scenario);
        if (value == null) {
            return null;
        }
        if (value instanceof Spelled s) {
            return s.spelling();
        }
        if (value instanceof Double d) {
            return NumberText.format(d);
        }
        if (kind == Kind.COUNT_OR_ALL && value.equals(ALL)) {
            return ALL_SPELLING;
        }
        return value.toString();
    }

    /** The default as shown in the reference table. */
    public String defaultText() {
        return defaultText != null ? defaultText : textIn(Scenario.defaults());
    }

    /** Reads {@code text} as a value of this key's type. */
    Object parse(String text) throws BadValueException {
        String t = text.trim();
        switch (kind) {
            case NUMBER -> {
                String plain = DIGIT_UNDERSCORE.matcher(t).replaceAll("");
                if (!DECIMAL.matcher(plain).matches()) {
                    throw new BadValueException(expected());
                }
                return Double.parseDouble(plain);
            }
            case INTEGER, LONG -> {
                String plain = DIGIT_UNDERSCORE.matcher(t).replaceAll("");
                if (!WHOLE.matcher(plain).matches()) {
                    throw new BadValueException(expected());
                }
                try {
                    return kind == Kind.INTEGER ? (Object) Integer.parseInt(plain) : (Object) Long.parseLong(plain);
                } catch (NumberFormatException tooLarge) {
                    throw new BadValueException(expected() + " of at most "
                            + (kind == Kind.INTEGER ? Integer.MAX_VALUE : Long.MAX_VALUE) + " in size");
                }
            }
            case COUNT_OR_ALL -> {
                if (t.equalsIgnoreCase(ALL_SPELLING)) {
                    return ALL;
                }
                String plain = DIGIT_UNDERSCORE.matcher(t).replaceAll("");
                if (!WHOLE.matcher(plain).matches()) {
                    throw new BadValueException(expected());
                }
                try {
                    int count = Integer.parseInt(plain);
                    if (count < 1) {
                        throw new BadValueException(expected());
                    }
                    return count;
                } catch (NumberFormatException tooLarge) {
                    throw new BadValueException(expected());
                }
            }
            case BOOLEAN -> {
                return switch (t.toLowerCase(Locale.ROOT)) {
                    case "true", "yes", "on" -> Boolean.TRUE;
                    case "false", "no", "off" -> Boolean.FALSE;
                    default -> throw new BadValueException(expected());
                };
            }
            case CHOICE -> {
                return Spelled.parse(choices, t).orElseThrow(() -> new BadValueException(expected()));
            }
            default -> {
                return text;
            }
        }
    }

    /** Sets {@code value} (of this key's type, from {@link #parse}) in {@code builder}. */
    void set(ScenarioBuilder builder, Object value) {
        setter.accept(builder, value);
    }

    @Override
    public String toString() {
        return name;
    }
}
