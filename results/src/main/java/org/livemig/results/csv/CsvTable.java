package org.livemig.results.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.livemig.results.ResultFormatException;

/**
 * A CSV table of one record type: a fixed header, a row formatter and a row parser.
 *
 * <p>Written files are ASCII with {@code '\n'} line ends, no quoting and the header exactly as given.
 * When reading, the header must start with the given columns (SPEC 8 says "header starts with", so
 * later columns are allowed and ignored) and every line must have as many fields as the header.
 *
 * @param <T> the record type of one row
 */
public final class CsvTable<T> {

    /** Appends the fields of one row, comma-separated, without a line end. */
    @FunctionalInterface
    public interface RowFormat<T> {
        /**
         * @param out where to append
         * @param row the row
         */
        void append(StringBuilder out, T row);
    }

    /** Builds one record from a row. */
    @FunctionalInterface
    public interface RowParser<T> {
        /**
         * @param row the fields of one line
         * @return the record
         * @throws ResultFormatException if a field is malformed
         */
        T parse(CsvRow row) throws ResultFormatException;
    }

    private final String fileName;
    private final List<String> header;
    private final int requiredColumns;
    private final RowFormat<T> format;
    private final RowParser<T> parser;

    /**
     * @param fileName the file's name in a result directory
     * @param header the column names
     * @param format writes one row
     * @param parser reads one row
     */
    public CsvTable(String fileName, List<String> header, RowFormat<T> format, RowParser<T> parser) {
        this(fileName, header, header.size(), format, parser);
    }

    /**
     * A table whose last columns are optional when reading: a file whose header starts with the first
     * {@code requiredColumns} names is accepted (files written before the later columns existed); the
     * parser reads the others by name ({@link CsvRow#optionalText}).
     *
     * @param fileName the file's name in a result directory
     * @param header the column names, all written
     * @param requiredColumns how many leading columns a file must have, at most {@code header.size()}
     * @param format writes one row
     * @param parser reads one row
     */
    public CsvTable(
            String fileName, List<String> header, int requiredColumns, RowFormat<T> format, RowParser<T> parser) {
        if (requiredColumns < 0 || requiredColumns > header.size()) {
            throw new IllegalArgumentException(
                    "requiredColumns must be in [0, " + header.size() + "], got " + requiredColumns);
        }
        this.fileName = fileName;
        this.header = List.copyOf(header);
        this.requiredColumns = requiredColumns;
        this.format = format;
        this.parser = parser;
    }

    /** The file's name in a result directory, e.g. {@code metrics.csv}. */
    public String fileName() {
        return fileName;
    }

    /** The column names, in order. */
    public List<String> header() {
        return header;
    }

    /** The header line as written, without line end. */
    public String headerLine() {
        return String.join(",", header);
    }

    /**
     * Writes {@code rows} to {@code file}, replacing it.
     *
     * @param file the file to write
     * @param rows the rows in order
     * @throws IOException if writing fails
     */
    public void write(Path file, List<T> rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            out.write(headerLine());
            out.write('\n');
            StringBuilder line = new StringBuilder(128);
            for (T row : rows) {
                line.setLength(0);
                format.append(line, row);
                line.append('\n');
                out.append(line);
            }
        }
    }

    /**
     * Reads the rows of {@code file}.
     *
     * @param file the file to read
     * @return the rows in file order
     * @throws ResultFormatException if the file is missing, its header is wrong or a line is malformed
     * @throws IOException if reading fails otherwise
     */
    public List<T> read(Path file) throws IOException, ResultFormatException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            if (first == null) {
                throw new ResultFormatException(file, 1, "file is empty, expected header " + headerLine());
            }
            List<String> fileHeader = List.of(split(first));
            List<String> required = header.subList(0, requiredColumns);
            if (fileHeader.size() < required.size()
                    || !fileHeader.subList(0, required.size()).equals(required)) {
                throw new ResultFormatException(
                        file,
                        1,
                        "header is '" + stripCr(first) + "', expected it to start with '" + String.join(",", required)
                                + "'");
            }
            List<T> rows = new ArrayList<>();
            long lineNumber = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                String[] fields = split(line);
                if (fields.length != fileHeader.size()) {
                    throw new ResultFormatException(
                            file, lineNumber, "expected " + fileHeader.size() + " fields, found " + fields.length);
                }
                CsvRow row = new CsvRow(file, lineNumber, fileHeader, fields);
                try {
                    rows.add(parser.parse(row));
                } catch (IllegalArgumentException e) {
                    throw row.error(e.getMessage());
                }
            }
            return rows;
        } catch (NoSuchFileException e) {
            throw new ResultFormatException(file, 0, "file is missing");
        }
    }

    /** The fields of a line; a field in double quotes may hold commas and doubled quotes (RFC 4180). */
    static String[] split(String line) {
        String text = stripCr(line);
        if (text.indexOf('"') < 0) {
            return text.split(",", -1);
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(new String[0]);
    }

    /** {@code text} as one CSV field: in double quotes (inner quotes doubled) if it holds a comma or quote. */
    public static String field(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return '"' + text.replace("\n", " ").replace("\"", "\"\"") + '"';
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
