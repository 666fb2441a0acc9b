package org.livemig.strategy.lcc.runtime;

import java.util.Locale;
import org.livemig.strategy.lcc.syntax.LccParser;
import org.livemig.strategy.lcc.syntax.LccSyntaxException;
import org.livemig.strategy.lcc.syntax.Term;

/**
 * The {@code content} of an {@code LCC} protocol message: tab-separated fields, the first naming the kind.
 * <ul>
 * <li>{@code msg FROM_ROLE TO_ROLE TERM}: a message of the interaction model;</li>
 * <li>{@code announce ROLE_TERM LOAD CORES}: discovery, the sender's role and normalised load;</li>
 * <li>{@code order CAPACITY}: migrate VMs of up to CAPACITY cores to the sender (constraint migration(From, To)
 *     run by To);</li>
 * <li>{@code done COUNT}: the ordered migrations ended, COUNT of them completed.</li>
 * </ul>
 */
final class LccWire {

    static final String MSG = "msg";
    static final String ANNOUNCE = "announce";
    static final String ORDER = "order";
    static final String DONE = "done";

    private LccWire() {}

    static String message(String fromRole, String toRole, Term term) {
        return String.join("\t", MSG, fromRole, toRole, term.toString());
    }

    static String announce(Term role, double load, int cores) {
        return String.join("\t", ANNOUNCE, role.toString(), number(load), Integer.toString(cores));
    }

    static String order(double capacity) {
        return ORDER + "\t" + number(capacity);
    }

    static String done(int count) {
        return DONE + "\t" + count;
    }

    static String number(double v) {
        return String.format(Locale.ROOT, "%.9g", v);
    }

    /** The fields of {@code content}. */
    static String[] fields(String content) {
        return content.split("\t", -1);
    }

    /** A term sent as text; null if it does not parse (a malformed message is ignored). */
    static Term term(String text) {
        try {
            return LccParser.parseTerm(text);
        } catch (LccSyntaxException e) {
            return null;
        }
    }
}
