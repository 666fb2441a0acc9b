package org.livemig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

    @Test
    void shapesGiveOneRowEachAndHowTheCostGrows() {
        CommandRun r = CommandRun.of("bench", "--shape", "19x50x50", "--shape", "38x100x50/4");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("19 x 50 x 50 s, fanout all ")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("38 x 100 x 50 s, fanout 4 ")), r.out());
        assertTrue(
                lines.stream()
                        .anyMatch(l -> l.startsWith("growth 19 -> 38 PMs (x2.0): events x")
                                && l.matches(".*time per PM x[0-9.]+: (linear|slower than linear|faster than linear)")),
                r.out());
    }

    @Test
    void aMalformedShapeIsBadInput() {
        CommandRun r = CommandRun.of("bench", "--shape", "19by50");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--shape 19by50: expected PMSxVMSxSECONDS[/FANOUT]"), r.err());
    }
}
