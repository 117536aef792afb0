package dev.shoplens.bench;

import dev.shoplens.bench.harness.Figure;
import java.util.List;

/** One subject of the benchmark: measures its figures, each against its baseline. */
public interface Suite {

    /** What it measures, for the progress lines. */
    String title();

    List<Figure> run(BenchSettings settings) throws Exception;

    /** Thrown when a suite cannot run on this machine; the run goes on and says why the figure is missing. */
    final class Skipped extends Exception {
        public Skipped(String reason) {
            super(reason);
        }
    }
}
