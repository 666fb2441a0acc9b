package org.livemig.core.measurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PmLoadTableTest {

    @Test
    void holdsTheRowsAppendedAndReadsThemBackAsSamples() {
        PmLoadTable table = new PmLoadTable();
        List<PmLoadSample> expected = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            PmLoadSample s = new PmLoadSample(5.0 * (i / 10), i % 10, i / 999.0);
            table.append(s);
            expected.add(s);
        }
        PmLoadTable snapshot = table.snapshot();
        assertEquals(expected, snapshot);
        assertEquals(expected.hashCode(), snapshot.hashCode());
        table.append(new PmLoadSample(9999, 0, 0.5));
        assertEquals(1000, snapshot.size(), "a snapshot does not see later rows");
        assertEquals(1001, table.size());
    }

    @Test
    void aSnapshotIsUnmodifiableAndCopyingItKeepsIt() {
        PmLoadTable snapshot = PmLoadTable.copyOf(List.of(new PmLoadSample(5, 1, 0.25)));
        assertSame(snapshot, PmLoadTable.copyOf(snapshot));
        assertThrows(UnsupportedOperationException.class, () -> snapshot.append(new PmLoadSample(10, 1, 0.5)));
        assertThrows(UnsupportedOperationException.class, () -> snapshot.add(new PmLoadSample(10, 1, 0.5)));
        assertThrows(IndexOutOfBoundsException.class, () -> snapshot.get(1));
    }
}
