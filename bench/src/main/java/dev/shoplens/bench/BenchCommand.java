package dev.shoplens.bench;

import dev.shoplens.bench.flink.FeatureJobThroughput;
import dev.shoplens.bench.freshness.DemoFreshness;
import dev.shoplens.bench.harness.BenchReport;
import dev.shoplens.bench.kafka.KafkaPathThroughput;
import dev.shoplens.bench.lstm.LstmThroughput;
import dev.shoplens.bench.models.NightlyRetrainTime;
import dev.shoplens.bench.models.RetrainTime;
import dev.shoplens.bench.models.ScoringThroughput;
import dev.shoplens.bench.pages.ClickHousePageProcess;
import dev.shoplens.bench.pages.PageQueries;
import dev.shoplens.bench.store.ClickHouseSinkProcess;
import dev.shoplens.bench.store.SinkThroughput;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code shoplens bench}: measures throughput, times and freshness, each against a baseline in the same process. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measure how fast, how big and how fresh, each figure against a baseline run in the same"
                + " process; print a table and write bench-results.json.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--quick", description = "A reduced run (a few minutes on two cores).")
    boolean quick;

    @Option(
            names = "--out",
            defaultValue = ".",
            description = "Folder for bench-results.json. Default: the current folder.")
    Path out;

    @Option(
            names = "--scale",
            defaultValue = "100000",
            description = "Customers in the store whose dashboard pages are queried (--quick: at most 20,000)."
                    + " Default: ${DEFAULT-VALUE}")
    int scale;

    @Option(
            names = "--only",
            split = ",",
            paramLabel = "SUITE",
            description = "Run only these suites, by class name (FeatureJobThroughput, KafkaPathThroughput, ...)."
                    + " Default: every suite.")
    List<String> only;

    /** Tribuo logs every k-means iteration at INFO; held here so that the setting is not collected with it. */
    private static final Logger TRIBUO = Logger.getLogger("org.tribuo");

    /** Every suite, in the order they run; a suite of many rounds tells {@code progress} of each. */
    public static List<Suite> suites(PrintStream progress) {
        return List.of(
                new FeatureJobThroughput(progress),
                SinkThroughput.duckDb(),
                new ClickHouseSinkProcess(),
                new RetrainTime(),
                new ScoringThroughput(),
                new LstmThroughput(),
                new NightlyRetrainTime(progress),
                new KafkaPathThroughput(),
                new PageQueries(),
                new ClickHousePageProcess(),
                new DemoFreshness());
    }

    /** The suites named in {@code names} (all of them when none is named); an unknown name is an error. */
    static List<Suite> chosen(List<Suite> suites, List<String> names) {
        if (names == null || names.isEmpty()) {
            return suites;
        }
        List<String> known =
                suites.stream().map(s -> s.getClass().getSimpleName()).toList();
        for (String name : names) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("no suite " + name + "; the suites are " + known);
            }
        }
        return suites.stream()
                .filter(s -> names.contains(s.getClass().getSimpleName()))
                .toList();
    }

    @Override
    public Integer call() throws Exception {
        TRIBUO.setLevel(Level.WARNING);
        BenchSettings settings = quick ? BenchSettings.quick(out, scale) : BenchSettings.full(out, scale);
        BenchReport report = new Bench(chosen(suites(System.err), only), System.err).run(settings);
        System.out.print(report.table());
        System.out.println("Written: " + report.writeJson(out).toAbsolutePath().normalize());
        return 0;
    }
}
