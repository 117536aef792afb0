package dev.shoplens.bench.harness;

/**
 * How often a measurement runs: warm-up rounds (the JIT, caches and the first start of an engine), then measured
 * rounds whose median is the figure. A subject and its baseline take turns round by round, each going first every
 * other round, so that a noisy moment of a shared machine hits both sides alike.
 */
public record Rounds(int warmup, int measured) {

    public Rounds {
        if (warmup < 0 || measured < 1) {
            throw new IllegalArgumentException("no negative warm-up and at least one measured round");
        }
    }

    /** The samples of the measured rounds of a subject and its baseline, taken in turns. */
    public record Paired(double[] subject, double[] baseline) {

        /** The medians as one figure. */
        public Figure median(String name, String unit) {
            return Figure.against(
                    name,
                    unit,
                    Percentiles.of(subject).p50(),
                    Percentiles.of(baseline).p50());
        }
    }

    public Paired run(Trial subject, Trial baseline) throws Exception {
        for (int i = 0; i < warmup; i++) {
            subject.run();
            baseline.run();
        }
        double[] subjects = new double[measured];
        double[] baselines = new double[measured];
        for (int i = 0; i < measured; i++) {
            if (i % 2 == 0) {
                subjects[i] = subject.run();
                baselines[i] = baseline.run();
            } else {
                baselines[i] = baseline.run();
                subjects[i] = subject.run();
            }
        }
        return new Paired(subjects, baselines);
    }
}
