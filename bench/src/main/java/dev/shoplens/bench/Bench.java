package dev.shoplens.bench;

import dev.shoplens.bench.harness.BenchReport;
import dev.shoplens.bench.harness.Figure;
import dev.shoplens.bench.harness.Machine;
import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Runs the suites one after another, reports progress and skips, and collects every figure into one report. */
public final class Bench {

    private final List<Suite> suites;
    private final PrintStream progress;

    public Bench(List<Suite> suites, PrintStream progress) {
        this.suites = List.copyOf(suites);
        this.progress = progress;
    }

    public BenchReport run(BenchSettings settings) throws Exception {
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Figure> figures = new ArrayList<>();
        for (Suite suite : suites) {
            progress.printf("bench: %s...%n", suite.title());
            try {
                List<Figure> measured = suite.run(settings);
                measured.forEach(f -> progress.printf(
                        "bench:   %s = %.4g %s (baseline %.4g, ratio %.2f)%n",
                        f.name(), f.value(), f.unit(), f.baseline(), f.ratio()));
                figures.addAll(measured);
            } catch (Suite.Skipped skipped) {
                progress.printf("bench:   skipped: %s%n", skipped.getMessage());
            }
        }
        return new BenchReport(Machine.current(), started.toString(), settings.mode(), figures);
    }
}
