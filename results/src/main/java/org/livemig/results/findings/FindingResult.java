package org.livemig.results.findings;

/**
 * The verdict on one finding.
 *
 * @param id the finding's id, e.g. {@code push-most-at-high}
 * @param description what the thesis found (SPEC 7)
 * @param status pass, fail or skipped
 * @param evidence the numbers behind the verdict, or why it was skipped; one line
 */
public record FindingResult(String id, String description, Status status, String evidence) {

    /** The verdict. */
    public enum Status {
        /** The finding holds on every group of runs it applies to. */
        PASS,
        /** It does not hold on at least one group. */
        FAIL,
        /** The results lack the runs it needs. */
        SKIPPED
    }
}
