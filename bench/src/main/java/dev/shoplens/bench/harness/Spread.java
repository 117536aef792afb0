package dev.shoplens.bench.harness;

/**
 * How far the measured rounds of a figure lay apart: the lowest and highest round of the subject and of its baseline.
 * A difference between two figures smaller than their spread is noise of the machine, not a change.
 *
 * @param rounds how many measured rounds each side ran
 */
public record Spread(int rounds, double lowest, double highest, double baselineLowest, double baselineHighest) {

    public Spread {
        if (rounds < 1 || lowest > highest || baselineLowest > baselineHighest) {
            throw new IllegalArgumentException("a spread of at least one round, lowest at most highest");
        }
    }

    /** The spread of paired samples. */
    public static Spread of(double[] subject, double[] baseline) {
        Percentiles s = Percentiles.of(subject);
        Percentiles b = Percentiles.of(baseline);
        return new Spread(s.count(), s.at(0), s.max(), b.at(0), b.max());
    }

    /** The subject's range as a share of its median, e.g. 0.12 for rounds 12% apart. */
    public double relativeTo(double median) {
        return median == 0 ? 0 : (highest - lowest) / median;
    }
}
