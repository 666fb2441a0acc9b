package org.livemig.results.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** HTML text and table markup for {@link HtmlReport}: escaping, cells, and whole tables. */
final class HtmlText {

    private HtmlText() {}

    /** {@code text} with the characters HTML gives a meaning to escaped; safe in text and attributes. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code value} with {@code decimals} decimals, locale-free; NaN as an en dash. */
    static String number(double value, int decimals) {
        return Double.isNaN(value) ? "\u2013" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /**
     * A table, scrolling sideways on its own when wider than the page. Cells are already HTML (escape text
     * first).
     *
     * @param headers the header cells, plain text
     * @param classes the CSS class of each column's cells ({@code ""} for none), as many as headers
     * @param rows the rows, cells as HTML
     * @return the table's markup
     */
    static String table(List<String> headers, List<String> classes, List<List<String>> rows) {
        StringBuilder out = new StringBuilder("<div class=\"wide\"><table>\n<thead><tr>");
        for (int i = 0; i < headers.size(); i++) {
            out.append(open("th", classes.get(i)))
                    .append(escape(headers.get(i)))
                    .append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            out.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                out.append(open("td", classes.get(i))).append(row.get(i)).append("</td>");
            }
            out.append("</tr>\n");
        }
        return out.append("</tbody>\n</table></div>\n").toString();
    }

    /** {@code n} copies of {@code cssClass}, after {@code first}. */
    static List<String> columns(List<String> first, int n, String cssClass) {
        List<String> all = new ArrayList<>(first);
        all.addAll(Collections.nCopies(n, cssClass));
        return all;
    }

    private static String open(String tag, String cssClass) {
        return cssClass.isEmpty() ? "<" + tag + ">" : "<" + tag + " class=\"" + cssClass + "\">";
    }

    /** {@code s} with its first letter upper case. */
    static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The display name of a hypervisor: {@code Xen}, {@code KVM}, or as given. */
    static String hypervisor(String name) {
        return name.equals("kvm") ? "KVM" : name.equals("xen") ? "Xen" : name;
    }
}
