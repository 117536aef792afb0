package dev.shoplens.launcher.demo;

import dev.shoplens.dashboard.DashboardApplication;
import dev.shoplens.dashboard.operations.retrain.RetrainRunner;
import dev.shoplens.jobs.FeatureJob;
import dev.shoplens.jobs.FeatureJobSettings;
import dev.shoplens.jobs.sink.StoreSinks;
import dev.shoplens.jobs.source.FeedSource;
import dev.shoplens.launcher.DataDir;
import dev.shoplens.launcher.LocalFlink;
import dev.shoplens.simulator.SimulatedFeed;
import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.time.ShopClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.commons.io.FileUtils;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The running demo: the simulated shop feeding the feature job on an in-process Flink, writing into DuckDB,
 * and the dashboard reading the same DuckDB file (one JVM, one database instance).
 */
public final class Demo {

    private static final Logger LOG = LoggerFactory.getLogger(Demo.class);
    /** Marks a data folder whose store the demo created, and may therefore replace. */
    static final String MARKER = ".shoplens-demo";

    static final String DEMO_USERS = "classpath:dev/shoplens/launcher/demo/demo-users.properties";

    /** The demo's checkpoints, as files in the data folder (see {@link LocalFlink}). */
    static final String CHECKPOINTS = "checkpoints";

    /** Where the Operations page's savepoints of the demo's job go. */
    static final String SAVEPOINTS = "savepoints";

    private final DemoSettings settings;
    private final JobClient job;
    private final ConfigurableApplicationContext web;

    private Demo(DemoSettings settings, JobClient job, ConfigurableApplicationContext web) {
        this.settings = settings;
        this.job = job;
        this.web = web;
    }

    public static Demo start(DemoSettings settings, DataDir dir) throws Exception {
        return start(settings, dir, null);
    }

    /**
     * Starts the demo; {@code retrain} (may be null) is what the Operations page's "Trigger retrain" runs. The
     * MiniCluster's REST API gets a free port that the dashboard is told, so the page shows the demo's job.
     */
    public static Demo start(DemoSettings settings, DataDir dir, RetrainRunner retrain) throws Exception {
        DuckDbSettings store = freshStore(dir.create());
        Instant now = Instant.now();
        ShopClock clock = ShopClock.scaled(now, now, settings.speed());
        Instant historyStart =
                now.minus(Duration.ofDays(settings.historyDays())).truncatedTo(ChronoUnit.DAYS);
        FeatureJobSettings jobSettings = FeatureJobSettings.defaults().withClock(clock);
        int restPort = LocalFlink.freePort();
        StreamExecutionEnvironment env = LocalFlink.environment(
                jobSettings.parallelism(), restPort, dir.path().resolve(CHECKPOINTS));
        SimulatedFeed shop = new SimulatedFeed(
                settings.seed(), settings.customers(), settings.products(), historyStart, clock, Long.MAX_VALUE);
        new FeatureJob(
                        FeedSource.of(shop),
                        1,
                        new StoreSinks(store, jobSettings.sinkBatch(), jobSettings.sinkMaxDelay()),
                        jobSettings)
                .followingAudiences()
                .addTo(env);
        JobClient job = env.executeAsync(FeatureJob.NAME);
        LOG.info(
                "Feature job {} started; the shop replays {} days from {}",
                job.getJobID(),
                settings.historyDays(),
                historyStart);
        ConfigurableApplicationContext web = new SpringApplicationBuilder(DashboardApplication.class)
                .profiles(DashboardApplication.DEMO_PROFILE)
                .properties(Map.of(
                        // The demo users live here, in the launcher, not in the dashboard's jar.
                        "spring.config.import", DEMO_USERS,
                        "server.address", settings.bindAddress(),
                        // The demo prints its own banner, with the address and the users, once it is up.
                        "spring.main.banner-mode", "off",
                        "spring.main.log-startup-info", false,
                        "server.port", settings.port(),
                        "shoplens.store.duckdb-file", store.file(),
                        // Freshness is in shop time: the badge says the seconds a person waits at this speed.
                        "shoplens.dashboard.shop-clock-speed", settings.speed(),
                        "shoplens.flink.rest-url", LocalFlink.restUrl(restPort),
                        "shoplens.flink.savepoint-dir",
                                dir.path().resolve(SAVEPOINTS).toUri().toString()))
                .initializers(ctx -> {
                    if (retrain != null) {
                        ctx.getBeanFactory().registerSingleton("retrainRunner", retrain);
                    }
                })
                .run();
        return new Demo(settings, job, web);
    }

    /**
     * The demo's simulated history is made anew at every start (its event ids would collide with the last run's),
     * so the store is replaced, but only one the demo itself created.
     */
    static DuckDbSettings freshStore(DataDir dir) {
        Path marker = dir.path().resolve(MARKER);
        DuckDbSettings store = dir.store();
        try {
            if (dir.hasStore()) {
                if (!Files.exists(marker)) {
                    throw new IllegalStateException("The data folder " + dir.path() + " holds a store the demo did"
                            + " not create; the demo will not replace it. Use another --data-dir.");
                }
                Files.deleteIfExists(Path.of(store.file()));
                Files.deleteIfExists(Path.of(store.file() + ".wal"));
                // A previous demo's checkpoints (left when it was killed) belong to a history that is gone too.
                FileUtils.deleteDirectory(dir.path().resolve(CHECKPOINTS).toFile());
            }
            Files.writeString(marker, "This store was created by 'shoplens demo' and is replaced by the next one.\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Create the schema once, before the job's writers and the dashboard's readers race to do it.
        store.migrate();
        return store;
    }

    public String banner() {
        return String.format(
                "%nShopLens demo is running: http://%s:%d%n"
                        + "  users: manager, merchandiser, engineer, admin (each with its name as password)%n"
                        + "  shop: %d customers, %d products, %d days of history, live at %sx, seed %d%n"
                        + "  store: %s%n  stop with Ctrl+C%n",
                settings.bindAddress().equals(DemoSettings.LOCAL_ONLY) ? "localhost" : settings.bindAddress(),
                port(),
                settings.customers(),
                settings.products(),
                settings.historyDays(),
                settings.speed(),
                settings.seed(),
                settings.dataDir().toAbsolutePath());
    }

    public int port() {
        return web.getEnvironment().getProperty("local.server.port", Integer.class, settings.port());
    }

    public JobClient job() {
        return job;
    }

    /** Stops the job and the dashboard and returns once both have let go of the store. */
    public void stop() {
        try {
            job.cancel().get(30, TimeUnit.SECONDS);
            // Cancelling is acknowledged before the tasks have closed their sinks: wait for the job's end.
            job.getJobExecutionResult().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException expected) {
            LOG.info("Feature job stopped");
        } catch (Exception e) {
            LOG.warn("Stopping the feature job failed: {}", e.toString());
        }
        web.close();
    }
}
