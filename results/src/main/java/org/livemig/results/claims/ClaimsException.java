package org.livemig.results.claims;

/** A malformed claims file, or a claim that names no column of the sweep: one line naming file, line and key. */
public final class ClaimsException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param oneLineMessage the complete message, e.g. {@code claims.yaml:7: claims[2].metric: ...} */
    public ClaimsException(String oneLineMessage) {
        super(oneLineMessage);
    }
}
