package org.livemig.results.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livemig.core.measurement.MetricsSample;
import org.livemig.core.measurement.PmLoadSample;
import org.livemig.results.ResultFormatException;

class ResultTablesTest {
    @TempDir
    Path tmp;

    @Test
    void headersAreExactlyThoseOfSpec8() {
        assertEquals(
                "time_s,system_performance,system_load,active_pms,attempts,migrations,overhead_bytes",
                ResultTables.METRICS.headerLine());
        assertEquals("time_s,pm,load", ResultTables.PM_LOADS.headerLine());
        assertEquals(
                "start_s,end_s,vm,source,destination,initiator,v_mig_mb,t_mig_s,t_down_s",
                ResultTables.MIGRATIONS.headerLine());
        assertEquals("metrics.csv", ResultTables.METRICS.fileName());
        assertEquals("pm_loads.csv", ResultTables.PM_LOADS.fileName());
        assertEquals("migrations.csv", ResultTables.MIGRATIONS.fileName());
    }

    @Test
    void writesOneLinePerRow() throws IOException {
        Path file = tmp.resolve("metrics.csv");
        ResultTables.METRICS.write(
                file,
                List.of(
                        new MetricsSample(10, 0.778328, 0.4375, 4, 2, 1, 1234),
                        new MetricsSample(20.0005, 1, 0, 3, 0, 0, 0)));
        assertEquals(
                ResultTables.METRICS.headerLine() + "\n"
                        + "10.000,0.778328,0.437500,4,2,1,1234\n"
                        + "20.001,1.000000,0.000000,3,0,0,0\n",
                Files.readString(file));
    }

    @Test
    void laterColumnsAreAllowedAndIgnored() throws Exception {
        Path file = Files.writeString(tmp.resolve("pm_loads.csv"), "time_s,pm,load,cores\n10.000,3,0.500000,2\n");
        assertEquals(List.of(new PmLoadSample(10, 3, 0.5)), ResultTables.PM_LOADS.read(file));
    }

    @Test
    void windowsLineEndsAreRead() throws Exception {
        Path file = Files.writeString(tmp.resolve("pm_loads.csv"), "time_s,pm,load\r\n10.000,3,0.5\r\n");
        assertEquals(List.of(new PmLoadSample(10, 3, 0.5)), ResultTables.PM_LOADS.read(file));
    }

    private String errorOf(String name, String content) throws IOException {
        Path file = Files.writeString(tmp.resolve(name), content);
        CsvTable<?> table = name.equals("pm_loads.csv") ? ResultTables.PM_LOADS : ResultTables.MIGRATIONS;
        ResultFormatException e = assertThrows(ResultFormatException.class, () -> table.read(file));
        return e.getMessage().substring(file.toString().length());
    }

    @Test
    void malformedFilesGiveOneLineNamingFileLineAndProblem() throws IOException {
        assertEquals(":1: file is empty, expected header time_s,pm,load", errorOf("pm_loads.csv", ""));
        assertEquals(
                ":1: header is 'time,pm,load', expected it to start with 'time_s,pm,load'",
                errorOf("pm_loads.csv", "time,pm,load\n"));
        assertEquals(":3: expected 3 fields, found 2", errorOf("pm_loads.csv", "time_s,pm,load\n1,0,0.5\n2,0\n"));
        assertEquals(
                ":2: column 'pm': '1.5' is not an integer", errorOf("pm_loads.csv", "time_s,pm,load\n1,1.5,0.5\n"));
        assertEquals(
                ":2: column 'load': 'NaN' is not a finite decimal number",
                errorOf("pm_loads.csv", "time_s,pm,load\n1,1,NaN\n"));
        assertEquals(":2: timeS must be >= 0, got -1", errorOf("pm_loads.csv", "time_s,pm,load\n-1,1,0.5\n"));
        assertEquals(":3: expected 3 fields, found 1", errorOf("pm_loads.csv", "time_s,pm,load\n1,1,0.5\n\n2,1,0.5\n"));
        assertEquals(
                ":2: endS 1.0 is before startS 2.0",
                errorOf("migrations.csv", ResultTables.MIGRATIONS.headerLine() + "\n2,1,0,0,1,0,1,1,1\n"));
    }

    @Test
    void missingFileIsReported() {
        Path file = tmp.resolve("migrations.csv");
        ResultFormatException e = assertThrows(ResultFormatException.class, () -> ResultTables.MIGRATIONS.read(file));
        assertEquals(file + ": file is missing", e.getMessage());
    }

    @Property(tries = 50)
    void metricsRoundTripAtFilePrecision(@ForAll("samples") List<MetricsSample> samples) throws Exception {
        Path file = Files.createTempFile("metrics", ".csv");
        try {
            ResultTables.METRICS.write(file, samples);
            assertEquals(samples, ResultTables.METRICS.read(file));
        } finally {
            Files.delete(file);
        }
    }

    @Provide
    Arbitrary<List<MetricsSample>> samples() {
        Arbitrary<Double> time = Arbitraries.longs().between(0, 100_000_000L).map(k -> k / 1000.0);
        Arbitrary<Double> value = Arbitraries.longs().between(0, 3_000_000L).map(k -> k / 1e6);
        Arbitrary<Long> count = Arbitraries.longs().between(0, Long.MAX_VALUE);
        return Combinators.combine(time, value, value, Arbitraries.integers().between(0, 1000), count, count, count)
                .as(MetricsSample::new)
                .list()
                .ofMaxSize(20);
    }
}
