package org.livemig.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's key reference is the one generated from {@link ScenarioKeys}, so it cannot drift. */
class ReadmeTest {

    @Test
    void readmeHoldsTheCurrentReferenceTable() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(
                readme.contains(ScenarioKeys.referenceTable()),
                "scenarios/README.md is out of date; paste ScenarioKeys.referenceTable() into it");
    }
}
