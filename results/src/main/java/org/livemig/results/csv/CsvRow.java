package org.livemig.results.csv;

import java.nio.file.Path;
import java.util.List;
import org.livemig.results.ResultFormatException;

/**
 * One data line of a CSV table being read, with typed accessors whose errors name the file, the
 * line and the column.
 */
public final class CsvRow {
    private final Path file;
    private final long line;
    private final List<String> header;
    private final String[] fields;

    CsvRow(Path file, long line, List<String> header, String[] fields) {
        this.file = file;
        this.line = line;
        this.header = header;
        this.fields = fields;
    }

    /** The 1-based line number in the file. */
    public long line() {
        return line;
    }

    /**
     * The text of column {@code index}.
     *
     * @param index 0-based column
     * @return its text
     */
    public String text(int index) {
        return fields[index];
    }

    /**
     * The non-empty fields of every column not named in {@code known}, by column name in header order.
     *
     * @param known the columns the caller reads itself
     * @return the other columns' texts
     */
    public java.util.Map<String, String> others(List<String> known) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (!known.contains(header.get(i)) && !fields[i].isEmpty()) {
                out.put(header.get(i), fields[i]);
            }
        }
        return out;
    }

    /**
     * The text of the column named {@code column}, or {@code fallback} if the file has no such column.
     *
     * @param column the column's name in the header
     * @param fallback the value when the column is missing
     * @return its text
     */
    public String optionalText(String column, String fallback) {
        int index = header.indexOf(column);
        return index < 0 ? fallback : fields[index];
    }

    /**
     * Column {@code index} as a finite double.
     *
     * @param index 0-based column
     * @return its value
     * @throws ResultFormatException if it is not a finite decimal number
     */
    public double decimal(int index) throws ResultFormatException {
        String text = fields[index];
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value) && isPlainDecimal(text)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(index, "is not a finite decimal number");
    }

    /**
     * Column {@code index} as an int.
     *
     * @param index 0-based column
     * @return its value
     * @throws ResultFormatException if it is not an integer in int range
     */
    public int integer(int index) throws ResultFormatException {
        try {
            return Integer.parseInt(fields[index]);
        } catch (NumberFormatException e) {
            throw error(index, "is not an integer");
        }
    }

    /**
     * Column {@code index} as a long.
     *
     * @param index 0-based column
     * @return its value
     * @throws ResultFormatException if it is not an integer in long range
     */
    public long longInteger(int index) throws ResultFormatException {
        try {
            return Long.parseLong(fields[index]);
        } catch (NumberFormatException e) {
            throw error(index, "is not an integer");
        }
    }

    /**
     * An error on this line.
     *
     * @param problem what is wrong
     * @return the exception to throw
     */
    public ResultFormatException error(String problem) {
        return new ResultFormatException(file, line, problem);
    }

    private ResultFormatException error(int index, String problem) {
        return error("column '" + header.get(index) + "': '" + fields[index] + "' " + problem);
    }

    /** Digits, an optional sign, point and exponent only: rejects "NaN", "1d", " 1" and hex. */
    private static boolean isPlainDecimal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }
}
