package dev.shoplens.bench.harness;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What a run measured: the machine, when, and every figure; written as {@code bench-results.json} and printed as a
 * table.
 *
 * @param date when the run started (UTC, ISO-8601)
 * @param mode {@code quick} or {@code full}
 */
public record BenchReport(Machine machine, String date, String mode, List<Figure> results) {

    public static final String FILE = "bench-results.json";

    public BenchReport {
        results = List.copyOf(results);
    }

    /** Writes {@value #FILE} into {@code dir} (created where missing) and returns its path. */
    public Path writeJson(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(FILE);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), this);
        return file;
    }

    public static BenchReport readJson(Path file) throws IOException {
        return new ObjectMapper().readValue(file.toFile(), BenchReport.class);
    }

    /** The figures as an aligned table, one row each. */
    public String table() {
        StringBuilder out = new StringBuilder();
        // Rows end where their text does: a figure without rounds leaves its spread column empty.
        String row = "%-44s %14s %-9s %14s %8s  %s";
        out.append(String.format(Locale.ROOT, row, "figure", "value", "unit", "baseline", "ratio", "rounds (low-high)")
                .stripTrailing());
        out.append('\n');
        for (Figure f : results) {
            out.append(String.format(
                            Locale.ROOT,
                            row,
                            f.name(),
                            number(f.value()),
                            f.unit(),
                            number(f.baseline()),
                            String.format(Locale.ROOT, "%.2f", f.ratio()),
                            spread(f.spread()))
                    .stripTrailing());
            out.append('\n');
        }
        return out.toString();
    }

    /** The measured rounds and the subject's and the baseline's lowest and highest, blank for a single figure. */
    static String spread(Spread s) {
        if (s == null) {
            return "";
        }
        return String.format(
                Locale.ROOT,
                "%d (%s-%s; baseline %s-%s)",
                s.rounds(),
                number(s.lowest()),
                number(s.highest()),
                number(s.baselineLowest()),
                number(s.baselineHighest()));
    }

    /** Large figures with thousands separators, small ones with three significant digits. */
    static String number(double v) {
        if (v >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (v >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
