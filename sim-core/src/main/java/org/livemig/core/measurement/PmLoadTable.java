package org.livemig.core.measurement;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The rows of {@code pm_loads.csv} kept as three primitive columns (20 bytes a row instead of an object and a
 * reference, about 40), read as an unmodifiable list of {@link PmLoadSample}. One row per PM per sample makes
 * this the largest thing a run keeps: 10,000 PMs sampled every 5 s for 20,000 s are 40 million rows.
 */
public final class PmLoadTable extends AbstractList<PmLoadSample> implements RandomAccess {

    private double[] times;
    private int[] pms;
    private double[] loads;
    private int size;
    private final boolean frozen;

    /** An empty table to append to. */
    public PmLoadTable() {
        this(new double[16], new int[16], new double[16], 0, false);
    }

    private PmLoadTable(double[] times, int[] pms, double[] loads, int size, boolean frozen) {
        this.times = times;
        this.pms = pms;
        this.loads = loads;
        this.size = size;
        this.frozen = frozen;
    }

    /** The rows of {@code samples} as an unmodifiable table; {@code samples} itself when it is one already. */
    public static PmLoadTable copyOf(List<PmLoadSample> samples) {
        if (samples instanceof PmLoadTable table && table.frozen) {
            return table;
        }
        PmLoadTable table = new PmLoadTable();
        for (PmLoadSample s : samples) {
            table.append(s);
        }
        return table.snapshot();
    }

    /** Appends one row (checked as a {@link PmLoadSample} is). */
    public void append(PmLoadSample sample) {
        if (frozen) {
            throw new UnsupportedOperationException("a snapshot of a PM load table is unmodifiable");
        }
        if (size == times.length) {
            int capacity = size + (size >> 1) + 16;
            times = Arrays.copyOf(times, capacity);
            pms = Arrays.copyOf(pms, capacity);
            loads = Arrays.copyOf(loads, capacity);
        }
        times[size] = sample.timeS();
        pms[size] = sample.pm();
        loads[size] = sample.load();
        size++;
    }

    /** The rows so far as an unmodifiable table; later appends to this one do not show in it. */
    public PmLoadTable snapshot() {
        return new PmLoadTable(times, pms, loads, size, true);
    }

    @Override
    public PmLoadSample get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("row " + index + " of " + size);
        }
        return new PmLoadSample(times[index], pms[index], loads[index]);
    }

    @Override
    public int size() {
        return size;
    }
}
