package org.livemig.results.findings;

import java.util.ArrayList;
import java.util.List;
import org.livemig.results.findings.FindingResult.Status;

/** Collects the per-group verdicts of one finding: it passes if it holds on every group it applies to. */
final class Verdict {
    private final String id;
    private final String text;
    private final List<String> passed = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();

    Verdict(String id, String text) {
        this.id = id;
        this.text = text;
    }

    void add(boolean holds, String evidence) {
        (holds ? passed : failed).add(evidence);
    }

    FindingResult result() {
        return result("the results lack the runs this finding needs");
    }

    /** The verdict; SKIPPED with {@code skippedReason} when no group applied. */
    FindingResult result(String skippedReason) {
        if (passed.isEmpty() && failed.isEmpty()) {
            return new FindingResult(id, text, Status.SKIPPED, skippedReason);
        }
        if (!failed.isEmpty()) {
            return new FindingResult(
                    id,
                    text,
                    Status.FAIL,
                    "fails: " + String.join("; ", failed)
                            + (passed.isEmpty() ? "" : "; holds: " + String.join("; ", passed)));
        }
        return new FindingResult(id, text, Status.PASS, String.join("; ", passed));
    }
}
