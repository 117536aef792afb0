package dev.shoplens.bench.harness;

/**
 * One measured figure next to its baseline, measured in the same process: {@code ratio} is value ÷ baseline, so for
 * a throughput above 1 means faster than the baseline and for a time above 1 means slower.
 *
 * @param name what was measured, e.g. {@code feature_job_throughput}
 * @param value the figure (the median of the measured rounds, or a percentile for latencies)
 * @param unit e.g. {@code events/s}, {@code s}, {@code ms}, {@code MB}
 * @param baseline the same figure of the baseline
 * @param ratio value ÷ baseline
 * @param spread the lowest and highest measured round of each side, where the figure is a median over rounds (else
 *     null)
 */
public record Figure(String name, double value, String unit, double baseline, double ratio, Spread spread) {

    public Figure {
        if (name == null || !name.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("a figure's name is lower case words joined by _, was " + name);
        }
        if (unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("a figure needs a unit");
        }
        requireMeasured(name, value);
        requireMeasured(name + " baseline", baseline);
    }

    public static Figure against(String name, String unit, double value, double baseline) {
        return against(name, unit, value, baseline, null);
    }

    /** A figure with the spread of the rounds it is the median of. */
    public static Figure against(String name, String unit, double value, double baseline, Spread spread) {
        requireMeasured(name + " baseline", baseline);
        if (baseline == 0) {
            throw new IllegalArgumentException(name + ": a baseline of 0 gives no ratio");
        }
        return new Figure(name, value, unit, baseline, value / baseline, spread);
    }

    private static void requireMeasured(String what, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(what + " must be a finite figure of zero or more, was " + value);
        }
    }
}
