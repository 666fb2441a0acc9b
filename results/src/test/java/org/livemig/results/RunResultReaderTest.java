package org.livemig.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunResultReaderTest {
    @TempDir
    Path tmp;

    @Test
    void missingDirectoryIsNamed() {
        Path dir = tmp.resolve("nowhere");
        ResultFormatException e = assertThrows(ResultFormatException.class, () -> RunResultReader.read(dir));
        assertEquals(dir + ": result directory is missing", e.getMessage());
    }

    @Test
    void missingFileIsNamed() throws Exception {
        Path dir = tmp.resolve("run");
        RunResultWriter.write(dir, Fixtures.run());
        Files.delete(dir.resolve("pm_loads.csv"));
        ResultFormatException e = assertThrows(ResultFormatException.class, () -> RunResultReader.read(dir));
        assertEquals(dir.resolve("pm_loads.csv") + ": file is missing", e.getMessage());
    }

    @Test
    void malformedRowIsNamedByFileLineAndColumn() throws Exception {
        Path dir = tmp.resolve("run");
        RunResultWriter.write(dir, Fixtures.run());
        Path metrics = dir.resolve("metrics.csv");
        String text = Files.readString(metrics);
        String[] lines = text.split("\n", -1);
        lines[3] = lines[3].replaceFirst(",[^,]*,", ",high,");
        Files.writeString(metrics, String.join("\n", lines));
        ResultFormatException e = assertThrows(ResultFormatException.class, () -> RunResultReader.read(dir));
        assertEquals(
                metrics + ":4: column 'system_performance': 'high' is not a finite decimal number", e.getMessage());
        assertEquals(4, e.line());
        assertFalse(e.getMessage().contains("\n"));
    }
}
