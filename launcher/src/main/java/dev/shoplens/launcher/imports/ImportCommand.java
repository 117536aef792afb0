package dev.shoplens.launcher.imports;

import dev.shoplens.jobs.FeatureJob;
import dev.shoplens.jobs.FeatureJobSettings;
import dev.shoplens.jobs.models.ModelSettings;
import dev.shoplens.jobs.sink.StoreSinks;
import dev.shoplens.jobs.source.EventFeed;
import dev.shoplens.jobs.source.FeedSource;
import dev.shoplens.launcher.DataDir;
import dev.shoplens.launcher.DataDirOption;
import dev.shoplens.launcher.LocalFlink;
import dev.shoplens.launcher.status.StatusCommand;
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
                + " the store's counts.")
public final class ImportCommand implements Callable<Integer> {

    @Mixin
    FileInputOptions input;

    @Mixin
    DataDirOption dataDir;

    @Override
    public Integer call() throws Exception {
        EventFeed feed = input.feed();
        DataDir dir = dataDir.dataDir().create();
        dir.store().migrate();
        long events = feed.count();
        System.err.printf("Importing %,d events into %s%n", events, dir.path());
        FeatureJobSettings settings = FeatureJobSettings.forReplay();
        // The models learn only labels the import's data reaches: none past its newest event.
        ModelSettings models = EventFeed.newestEventTime(feed, settings.limits(), Instant.now())
                .map(ModelSettings.defaults()::withDataEnd)
                .orElse(ModelSettings.defaults());
        StreamExecutionEnvironment env = LocalFlink.environment(settings.parallelism(), 0);
        new FeatureJob(
                        FeedSource.of(feed),
                        1,
                        new StoreSinks(dir.store(), settings.sinkBatch(), settings.sinkMaxDelay()),
                        settings,
                        models)
                .addTo(env);
        env.execute("shoplens-import");
        return StatusCommand.print(dir);
    }
}
