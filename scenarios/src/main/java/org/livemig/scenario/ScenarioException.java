package org.livemig.scenario;

/**
 * A scenario that cannot be read: a missing file, malformed YAML, an unknown key, a wrong type or an
 * out-of-range value. The message is one line that names the file (or {@code --set}), the line and the
 * key, e.g. {@code testbed.yaml:7: negotiation.push_threshold: must be in (0, 2], got 3.5}.
 */
public final class ScenarioException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param oneLineMessage the complete message, one line, shown to the user as is */
    public ScenarioException(String oneLineMessage) {
        super(oneLineMessage);
    }
}
