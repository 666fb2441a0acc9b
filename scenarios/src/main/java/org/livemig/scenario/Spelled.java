package org.livemig.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A choice whose value is written in scenario files and on the command line as {@link #spelling()}. */
public interface Spelled {

    /** The spelling used in YAML and in {@code --set}, e.g. {@code lcc-balance}. */
    String spelling();

    /**
     * Finds the choice spelled {@code text}, ignoring case and treating {@code _} as {@code -}.
     *
     * @return the matching choice, or empty if none matches
     */
    static <E extends Spelled> Optional<E> parse(E[] choices, String text) {
        String wanted = normalise(text);
        return Arrays.stream(choices)
                .filter(c -> normalise(c.spelling()).equals(wanted))
                .findFirst();
    }

    /** The spellings of {@code choices}, comma separated, e.g. {@code "xen, kvm"}. */
    static String list(Spelled[] choices) {
        return Arrays.stream(choices).map(Spelled::spelling).collect(Collectors.joining(", "));
    }

    private static String normalise(String text) {
        return text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
