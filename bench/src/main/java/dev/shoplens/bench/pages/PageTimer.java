package dev.shoplens.bench.pages;

import dev.shoplens.bench.harness.Figure;
import dev.shoplens.bench.harness.Percentiles;
import dev.shoplens.bench.harness.Stopwatch;
import dev.shoplens.store.StoreException;
import dev.shoplens.store.read.ShopReader;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Times each page's reads against a bare read of the same store, in turns (each going first every other call), so
 * that a noisy moment of a shared machine hits both alike: {@code page_<page>_<engine>_p50_ms} and {@code _p95_ms}.
 * The bare read is what every read pays whatever it asks: a connection as the reader gives each call, and
 * {@code SELECT 1}.
 */
final class PageTimer {

    /** A connection as the engine's reader opens one per call. */
    @FunctionalInterface
    interface Connections {
        Connection open() throws SQLException;
    }

    private final String engine;
    private final ShopReader reader;
    private final Connections connections;
    private final PrintStream notes;

    PageTimer(String engine, ShopReader reader, Connections connections, PrintStream notes) {
        this.engine = engine;
        this.reader = reader;
        this.connections = connections;
        this.notes = notes;
    }

    /**
     * Every page the engine's reader serves. A page whose first read fails there (not built on that engine yet, or
     * its SQL not accepted by it) is noted with the reason and left out, so that one page cannot cost every figure.
     */
    List<Figure> time(List<DashboardPage> pages, int warmup, int calls) throws SQLException {
        List<Figure> figures = new ArrayList<>();
        for (DashboardPage page : readable(pages, reader, engine, notes)) {
            figures.addAll(time(page, warmup, calls));
        }
        return figures;
    }

    /** The pages whose first read the engine accepts; the others are noted with the reason. */
    static List<DashboardPage> readable(
            List<DashboardPage> pages, ShopReader reader, String engine, PrintStream notes) {
        List<DashboardPage> readable = new ArrayList<>();
        for (DashboardPage page : pages) {
            try {
                page.read().accept(reader);
                readable.add(page);
            } catch (UnsupportedOperationException | StoreException refused) {
                notes.printf("bench:   page %s not measured on %s: %s%n", page.name(), engine, firstLine(refused));
            }
        }
        return readable;
    }

    private List<Figure> time(DashboardPage page, int warmup, int calls) throws SQLException {
        for (int i = 0; i < warmup; i++) {
            page.read().accept(reader);
            bareRead();
        }
        double[] reads = new double[calls];
        double[] bare = new double[calls];
        for (int i = 0; i < calls; i++) {
            if (i % 2 == 0) {
                reads[i] = millis(page);
                bare[i] = bareRead();
            } else {
                bare[i] = bareRead();
                reads[i] = millis(page);
            }
        }
        Percentiles pageTimes = Percentiles.of(reads);
        Percentiles bareTimes = Percentiles.of(bare);
        String prefix = "page_" + page.name() + "_" + engine;
        return List.of(
                Figure.against(prefix + "_p50_ms", "ms", pageTimes.p50(), bareTimes.p50()),
                Figure.against(prefix + "_p95_ms", "ms", pageTimes.p95(), bareTimes.p95()));
    }

    static String firstLine(Exception e) {
        String message = e.getCause() == null
                ? e.getMessage()
                : e.getMessage() + ": " + e.getCause().getMessage();
        return message.lines().findFirst().orElse("");
    }

    private double millis(DashboardPage page) {
        return millis(reader, page);
    }

    static double millis(ShopReader reader, DashboardPage page) {
        Stopwatch watch = Stopwatch.start();
        page.read().accept(reader);
        return watch.millis();
    }

    private double bareRead() throws SQLException {
        return bareRead(connections);
    }

    /** What every read pays whatever it asks: a connection as the reader opens one, and {@code SELECT 1}. */
    static double bareRead(Connections connections) throws SQLException {
        Stopwatch watch = Stopwatch.start();
        try (Connection connection = connections.open();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT 1")) {
            rows.next();
        }
        return watch.millis();
    }
}
