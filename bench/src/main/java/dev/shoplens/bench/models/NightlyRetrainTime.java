package dev.shoplens.bench.models;

import dev.shoplens.bench.BenchSettings;
import dev.shoplens.bench.Suite;
import dev.shoplens.bench.data.SyntheticStore;
import dev.shoplens.bench.harness.Figure;
import dev.shoplens.bench.harness.Rounds;
import dev.shoplens.bench.harness.Scratch;
import dev.shoplens.bench.harness.Stopwatch;
import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.retrain.backend.Backend;
import dev.shoplens.retrain.history.StoreHistory;
import dev.shoplens.retrain.job.NightlyRetrain;
import dev.shoplens.retrain.job.RetrainSettings;
import dev.shoplens.retrain.lstm.LstmCodec;
import dev.shoplens.retrain.lstm.LstmModel;
import dev.shoplens.retrain.sequences.CutOffs;
import dev.shoplens.retrain.sequences.SequenceBuilder;
import dev.shoplens.retrain.sequences.StoredShop;
import dev.shoplens.scores.RetrainRun;
import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.store.read.ShopReader;
import dev.shoplens.store.retrain.RetrainReads;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * {@code retrain_night_<n>k_seconds}: one night of {@code bin/shoplens retrain} (reading every customer's history
 * from the store, for purchase and churn an LSTM trained on the night's sample of sequences, tested beside the
 * serving version, registered, every customer scored with reasons and the champion compared with the streaming
 * model; then the demand refit) on a DuckDB store filled as a shop of {@code n} customers after
 * {@value #HISTORY_DAYS} days, against reading the same histories and scoring every customer once with the serving
 * LSTMs: what a night cannot avoid for a shop of that size, and what grows with it.
 *
 * <p>Two nights, both measured: the shop's first (both LSTMs from random weights) and the second, warm-started from
 * the versions serving then, as a shop's nights are (the first also warms the JIT up, as a real first night does;
 * filling the store is not counted); the figure is their median, the spread shows both. Early
 * stopping decides a night's epochs, so each night's epochs and sequences are printed beside its time. A night of
 * a big shop takes tens of minutes, so a quick run skips this suite: run it with {@code --only NightlyRetrainTime}.
 */
public final class NightlyRetrainTime implements Suite {

    /** More than the churn horizon twice, eight weekly cut-offs and a sequence's 60 days: every label matures. */
    static final int HISTORY_DAYS = 200;

    static final Rounds NIGHTS = new Rounds(0, 2);

    private final PrintStream progress;

    public NightlyRetrainTime(PrintStream progress) {
        this.progress = progress;
    }

    @Override
    public String title() {
        return "one night's retrain (LSTMs and demand refit) against reading and scoring every customer";
    }

    @Override
    public List<Figure> run(BenchSettings settings) throws Exception {
        int customers = settings.retrainCustomers();
        if (settings.mode().equals("quick")) {
            throw new Skipped(String.format(
                    Locale.ROOT,
                    "two nights at %,d customers take tens of minutes; run bin/shoplens bench --only %s",
                    customers,
                    getClass().getSimpleName()));
        }
        RetrainSettings retrain = RetrainSettings.defaults(Backend.defaultThreads());
        try (Scratch scratch = Scratch.create("night")) {
            DuckDbSettings store =
                    new DuckDbSettings(scratch.resolve("shop.duckdb").toString(), false);
            store.migrate();
            Stopwatch filling = Stopwatch.start();
            Instant end = SyntheticStore.fill(store, customers, HISTORY_DAYS);
            SyntheticStore.fillCustomerDays(store, customers, HISTORY_DAYS, end);
            progress.printf(
                    Locale.ROOT, "bench:   a store of %,d customers filled in %.0f s%n", customers, filling.seconds());
            NightlyRetrain night = new NightlyRetrain(store, retrain, Clock.systemUTC());
            return List.of(NIGHTS.run(() -> night(night), () -> readAndScore(store, retrain))
                    .median(name(customers), "s"));
        }
    }

    private double night(NightlyRetrain night) {
        Stopwatch watch = Stopwatch.start();
        List<RetrainRun> runs = night.run(null);
        double seconds = watch.seconds();
        for (RetrainRun run : runs) {
            if (RetrainRun.FAILED.equals(run.outcome())) {
                throw new IllegalStateException(run.kind() + " failed: " + run.reason());
            }
            progress.printf(
                    Locale.ROOT,
                    "bench:   %s: %s, %s epochs, %s training sequences, %.0f s%n",
                    run.kind(),
                    run.outcome(),
                    run.epochs() == null ? "no" : run.epochs(),
                    run.trainingSequences() == null ? "no" : String.format(Locale.ROOT, "%,d", run.trainingSequences()),
                    run.durationSeconds());
        }
        progress.printf(Locale.ROOT, "bench:   the night: %.0f s%n", seconds);
        return seconds;
    }

    /**
     * Every customer's history read and cut at tonight's scoring cut-off, and scored by the newest LSTM of each kind
     * (the one serving, or the night's candidate where a first night's was not good enough to serve).
     */
    private static double readAndScore(DuckDbSettings store, RetrainSettings retrain) throws Exception {
        Stopwatch watch = Stopwatch.start();
        StoredShop history = StoreHistory.read(store);
        SequenceBuilder builder = new SequenceBuilder(retrain.sequences());
        RetrainReads reads = new RetrainReads(store);
        try (ShopReader reader = store.openReader()) {
            for (ModelKind kind : List.of(ModelKind.PURCHASE, ModelKind.CHURN)) {
                String registryKind = LstmModel.registryKind(kind);
                int newest = reads.nextVersion(registryKind) - 1;
                LstmModel model = LstmCodec.read(reader.models()
                        .model(registryKind, newest)
                        .orElseThrow(() -> new IllegalStateException("no " + registryKind + " yet: the night failed")));
                CutOffs cutOffs = CutOffs.of(kind, history.newestEvent(), retrain.sequences());
                lastScores = model.score(history.at(cutOffs.scoring(), builder));
            }
        }
        return watch.seconds();
    }

    /** Keeps the baseline's scores alive, so that the JIT cannot drop the work as unused. */
    private static volatile double[] lastScores;

    /** 100,000 -> {@code retrain_night_100k_seconds}. */
    static String name(int customers) {
        return RetrainTime.name(customers).replace("retrain_", "retrain_night_");
    }
}
