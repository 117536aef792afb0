package dev.shoplens.launcher.backtest;

import java.util.ArrayList;
import java.util.List;

/** A table of the report, written once and rendered as Markdown and as HTML. */
record ReportTable(List<String> header, List<List<String>> rows) {

    static ReportTable of(String... header) {
        return new ReportTable(List.of(header), new ArrayList<>());
    }

    ReportTable row(String... cells) {
        rows.add(List.of(cells));
        return this;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("| ").append(String.join(" | ", header)).append(" |\n");
        md.append("|").append("---|".repeat(header.size())).append('\n');
        rows.forEach(r -> md.append("| ").append(String.join(" | ", r)).append(" |\n"));
        return md.toString();
    }

    String html() {
        StringBuilder h = new StringBuilder("<table>\n<tr>");
        header.forEach(c -> h.append("<th>").append(escape(c)).append("</th>"));
        h.append("</tr>\n");
        for (List<String> r : rows) {
            h.append("<tr>");
            r.forEach(c -> h.append("<td>").append(escape(c)).append("</td>"));
            h.append("</tr>\n");
        }
        return h.append("</table>\n").toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
