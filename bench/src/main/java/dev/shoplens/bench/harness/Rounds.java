package dev.shoplens.bench.harness;

import java.util.List;

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

        /** The medians as one figure, with the spread of the rounds. */
        public Figure median(String name, String unit) {
            return Figure.against(
                    name,
                    unit,
                    Percentiles.of(subject).p50(),
                    Percentiles.of(baseline).p50(),
                    Spread.of(subject, baseline));
        }
    }

    /**
     * Several trials in turns: warm-up rounds of each, then measured rounds, each round starting one trial later in
     * the list than the round before, so that every trial goes first as often as the others.
     *
     * @return the measured samples, one array per trial in the order given
     */
    public double[][] runAll(List<Trial> trials) throws Exception {
        for (int i = 0; i < warmup; i++) {
            for (Trial trial : trials) {
                trial.run();
            }
        }
        double[][] samples = new double[trials.size()][measured];
        for (int round = 0; round < measured; round++) {
            for (int k = 0; k < trials.size(); k++) {
                int t = (round + k) % trials.size();
                samples[t][round] = trials.get(t).run();
            }
        }
        return samples;
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
