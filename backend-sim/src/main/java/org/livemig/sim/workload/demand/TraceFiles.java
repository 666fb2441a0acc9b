package org.livemig.sim.workload.demand;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Parsers of the two trace formats of {@link TraceReplay} (SPEC 4), with one-line {@code file:line:} errors. */
final class TraceFiles {

    /** The header a CSV trace must start with. */
    static final String CSV_HEADER = "time_s,vm,cpu";

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");

    private TraceFiles() {}

    static TraceReplay readPlanetLab(Path directory) throws TraceFormatException {
        if (!Files.exists(directory)) {
            throw new TraceFormatException(directory + ": no such directory");
        }
        if (!Files.isDirectory(directory)) {
            throw new TraceFormatException(
                    directory + ": not a directory (PlanetLab traces are a directory of " + "one file per VM)");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted((a, b) ->
                            a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new TraceFormatException(directory + ": cannot list: " + oneLine(e));
        }
        if (files.isEmpty()) {
            throw new TraceFormatException(directory + ": no trace files in the directory");
        }
        double[][] times = new double[files.size()][];
        double[][] shares = new double[files.size()][];
        double[] lengths = new double[files.size()];
        for (int f = 0; f < files.size(); f++) {
            Path file = files.get(f);
            List<String> lines = lines(file);
            if (lines.isEmpty()) {
                throw new TraceFormatException(file + ":1: empty file: expected one CPU percentage per line");
            }
            int n = lines.size();
            times[f] = new double[n + 1];
            shares[f] = new double[n + 1];
            for (int k = 0; k < n; k++) {
                if (lines.get(k).isBlank()) {
                    throw new TraceFormatException(file + ":" + (k + 1) + ": empty line");
                }
                times[f][k] = k * TraceReplay.PLANETLAB_INTERVAL_S;
                shares[f][k] = percentage(lines.get(k), file + ":" + (k + 1) + ": ") / 100;
            }
            times[f][n] = n * TraceReplay.PLANETLAB_INTERVAL_S;
            shares[f][n] = shares[f][0];
            lengths[f] = times[f][n];
        }
        return new TraceReplay(times, shares, lengths);
    }

    static TraceReplay readCsv(Path file) throws TraceFormatException {
        List<String> lines = lines(file);
        if (lines.isEmpty()) {
            throw new TraceFormatException(file + ":1: empty file: expected the header '" + CSV_HEADER + "'");
        }
        String header = lines.get(0).strip();
        if (header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        if (!header.replace(" ", "").equals(CSV_HEADER)) {
            throw new TraceFormatException(file + ":1: header must be '" + CSV_HEADER + "', got '" + header + "'");
        }
        if (lines.size() == 1) {
            throw new TraceFormatException(file + ":2: no rows after the header");
        }
        TreeMap<Integer, List<double[]>> rows = new TreeMap<>();
        double length = 0;
        for (int k = 1; k < lines.size(); k++) {
            String at = file + ":" + (k + 1) + ": ";
            if (lines.get(k).isBlank()) {
                throw new TraceFormatException(at + "empty line");
            }
            String[] fields = lines.get(k).split(",", -1);
            if (fields.length != 3) {
                throw new TraceFormatException(at + "expected 3 fields " + CSV_HEADER + ", got " + fields.length + ": '"
                        + lines.get(k).strip() + "'");
            }
            String timeText = fields[0].strip();
            if (!DECIMAL.matcher(timeText).matches()
                    || Double.parseDouble(timeText) < 0
                    || Double.isInfinite(Double.parseDouble(timeText))) {
                throw new TraceFormatException(at + "time_s: not a time in s >= 0: '" + timeText + "'");
            }
            double time = Double.parseDouble(timeText);
            String vmText = fields[1].strip();
            if (!WHOLE.matcher(vmText).matches()) {
                throw new TraceFormatException(at + "vm: not a VM id (a whole number from 0): '" + vmText + "'");
            }
            int vm = Integer.parseInt(vmText);
            double share = percentage(fields[2], at + "cpu: ") / 100;
            List<double[]> series = rows.computeIfAbsent(vm, v -> new ArrayList<>());
            if (!series.isEmpty() && time <= series.get(series.size() - 1)[0]) {
                throw new TraceFormatException(at + "time_s " + timeText + " of vm " + vm
                        + " is not after its previous row's " + number(series.get(series.size() - 1)[0]));
            }
            series.add(new double[] {time, share});
            length = Math.max(length, time);
        }
        int traces = rows.size();
        int last = rows.lastKey();
        if (last != traces - 1) {
            int missing = 0;
            while (rows.containsKey(missing)) {
                missing++;
            }
            throw new TraceFormatException(
                    file + ": vm " + missing + " has no rows (vm ids must run 0.." + last + " without gaps)");
        }
        double[][] times = new double[traces][];
        double[][] shares = new double[traces][];
        double[] lengths = new double[traces];
        for (Map.Entry<Integer, List<double[]>> e : rows.entrySet()) {
            List<double[]> series = e.getValue();
            int vm = e.getKey();
            times[vm] = series.stream().mapToDouble(r -> r[0]).toArray();
            shares[vm] = series.stream().mapToDouble(r -> r[1]).toArray();
            lengths[vm] = length;
        }
        return new TraceReplay(times, shares, lengths);
    }

    /** A CPU percentage in [0, 100] read from {@code text}; errors start with {@code at}. */
    private static double percentage(String text, String at) throws TraceFormatException {
        String t = text.strip();
        if (!DECIMAL.matcher(t).matches()) {
            throw new TraceFormatException(at + "not a percentage: '" + t + "'");
        }
        double value = Double.parseDouble(t);
        if (!(value >= 0 && value <= 100)) {
            throw new TraceFormatException(at + "percentage out of [0, 100]: '" + t + "'");
        }
        return value;
    }

    /** The lines of a UTF-8 text file; a final line ending does not make an empty last line. */
    private static List<String> lines(Path file) throws TraceFormatException {
        if (!Files.exists(file)) {
            throw new TraceFormatException(file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new TraceFormatException(file + ": is a directory, not a trace file");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new TraceFormatException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new TraceFormatException(file + ": cannot read: " + oneLine(e));
        }
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static String oneLine(IOException e) {
        return String.valueOf(e.getMessage()).replaceAll("\\s+", " ");
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }
}
