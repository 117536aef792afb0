package dev.shoplens.launcher.imports;

import dev.shoplens.event.EventFeed;
import dev.shoplens.jobs.FeatureJob;
import dev.shoplens.jobs.FeatureJobSettings;
import dev.shoplens.jobs.models.ModelSettings;
import dev.shoplens.jobs.sink.StoreSinks;
import dev.shoplens.jobs.source.FeedSource;
import dev.shoplens.launcher.ConfigOption;
import dev.shoplens.launcher.DataDir;
import dev.shoplens.launcher.DataDirOption;
import dev.shoplens.launcher.LocalFlink;
import dev.shoplens.launcher.progress.CountedFeed;
import dev.shoplens.launcher.progress.FeedWatch;
import dev.shoplens.launcher.progress.Progress;
import dev.shoplens.launcher.status.StatusCommand;
import dev.shoplens.store.StoreSettings;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code shoplens import}: loads event files or transaction logs into the store through the feature job. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Load events from files into the store through the same jobs (bounded sources), then print"
                + " the store's counts. The store is the data folder's DuckDB file, or the one --config names.")
public final class ImportCommand implements Callable<Integer> {

    @Mixin
    FileInputOptions input;

    @Mixin
    DataDirOption dataDir;

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() throws Exception {
        EventFeed feed = input.feed();
        // A configuration names the store (e.g. ClickHouse); without one, the DuckDB file in the data folder.
        DataDir dir = config.given() ? null : dataDir.dataDir().create();
        StoreSettings store = dir == null ? config.load().store() : dir.store();
        store.migrate();
        // The shop's pseudonym key, where it keeps ids as pseudonyms, from the configuration or the environment.
        FeatureJobSettings settings =
                FeatureJobSettings.forReplay().withPseudonyms(config.load().pseudonyms());
        // One pass before the job: the count for the progress line, and the newest event, as the models learn only
        // labels the import's data reaches.
        EventFeed.Survey survey = EventFeed.survey(feed, settings.limits(), Instant.now());
        CountedFeed counted =
                CountedFeed.of(feed, survey.events(), survey.newestEventTime().orElse(null));
        System.err.printf("Importing %,d events into %s%n", survey.events(), store.describe());
        ModelSettings models = ModelSettings.forReplayEndingAt(survey.newestEventTime());
        StreamExecutionEnvironment env = LocalFlink.environment(settings.parallelism(), 0);
        new FeatureJob(
                        FeedSource.of(counted),
                        1,
                        new StoreSinks(store, settings.sinkBatch(), settings.sinkMaxDelay()),
                        settings,
                        models)
                .importing()
                .addTo(env);
        try (FeedWatch watch = FeedWatch.start(counted, Progress.onStderr("import"), null)) {
            env.execute("shoplens-import");
        }
        return dir == null ? StatusCommand.print(store) : StatusCommand.print(dir);
    }
}
