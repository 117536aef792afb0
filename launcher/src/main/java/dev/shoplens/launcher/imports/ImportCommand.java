package dev.shoplens.launcher.imports;

import dev.shoplens.jobs.FeatureJob;
import dev.shoplens.jobs.FeatureJobSettings;
import dev.shoplens.jobs.sink.StoreSinks;
import dev.shoplens.jobs.source.EventFeed;
import dev.shoplens.jobs.source.FeedSource;
import dev.shoplens.jobs.source.files.CsvMapping;
import dev.shoplens.jobs.source.files.CsvOptions;
import dev.shoplens.jobs.source.files.CsvTransactionFeed;
import dev.shoplens.jobs.source.files.InputFiles;
import dev.shoplens.jobs.source.files.JsonLinesFeed;
import dev.shoplens.launcher.DataDir;
import dev.shoplens.launcher.DataDirOption;
import dev.shoplens.launcher.LocalFlink;
import dev.shoplens.launcher.status.StatusCommand;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code shoplens import}: loads event files or transaction logs into the store through the feature job. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Load events from files into the store through the same jobs (bounded sources), then print"
                + " the store's counts.")
public final class ImportCommand implements Callable<Integer> {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    static final class Input {
        @Option(names = "--events", paramLabel = "FILE_OR_DIR", description = "JSON lines in the v1 event format.")
        Path events;

        @Option(
                names = "--csv",
                paramLabel = "FILE_OR_DIR",
                description = "A transaction log (or a folder of them, read in name order); needs --map.")
        Path csv;
    }

    @Option(
            names = "--map",
            paramLabel = "MAPPING",
            description = "Columns of the log by header name or 1-based position: customer=,time= and either"
                    + " amount= (quantity= optional) or quantity= with price=; optional order=, product=, category=,"
                    + " country=. E.g. customer=CustomerID,time=InvoiceDate,quantity=Quantity,price=UnitPrice,"
                    + "order=InvoiceNo,product=StockCode")
    String map;

    @Option(
            names = "--time-format",
            paramLabel = "PATTERN",
            description = "Pattern of the log's times (java.time), e.g. yyyyMMdd. Default: ISO-8601 or"
                    + " 'yyyy-MM-dd HH:mm:ss'.")
    String timeFormat;

    @Option(
            names = "--delimiter",
            defaultValue = ",",
            description =
                    "Column delimiter: one character, or 'whitespace' for runs of spaces and tabs. Default: ${DEFAULT-VALUE}")
    String delimiter;

    @Option(
            names = "--zone",
            defaultValue = "UTC",
            description = "Time zone of log times without one. Default: ${DEFAULT-VALUE}")
    String zone;

    @Mixin
    DataDirOption dataDir;

    @Override
    public Integer call() throws Exception {
        EventFeed feed = feed();
        DataDir dir = dataDir.dataDir().create();
        dir.store().migrate();
        long events = feed.count();
        System.err.printf("Importing %,d events into %s%n", events, dir.path());
        FeatureJobSettings settings = FeatureJobSettings.forReplay();
        StreamExecutionEnvironment env = LocalFlink.environment(settings.parallelism(), 0);
        new FeatureJob(
                        FeedSource.of(feed),
                        1,
                        new StoreSinks(dir.store(), settings.sinkBatch(), settings.sinkMaxDelay()),
                        settings)
                .addTo(env);
        env.execute("shoplens-import");
        return StatusCommand.print(dir);
    }

    private EventFeed feed() {
        if (input.events != null) {
            return new JsonLinesFeed(InputFiles.of(input.events));
        }
        if (map == null) {
            throw new IllegalArgumentException("--csv needs --map (see --help)");
        }
        return new CsvTransactionFeed(
                InputFiles.of(input.csv), CsvMapping.parse(map), new CsvOptions(delimiter, timeFormat, zone));
    }
}
