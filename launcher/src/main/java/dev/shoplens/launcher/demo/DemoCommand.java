package dev.shoplens.launcher.demo;

import dev.shoplens.launcher.DataDir;
import dev.shoplens.launcher.retrain.RetrainScheduleOptions;
import dev.shoplens.launcher.retrain.SharedRetrain;
import dev.shoplens.retrain.job.NightlySchedule;
import dev.shoplens.store.StoreSettings;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code shoplens demo}: the whole system in this JVM on embedded defaults. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Run a simulated shop, the Flink jobs (in-process), an embedded DuckDB store and the dashboard"
                + " in one JVM. The shop backfills its history at full speed, then goes on live.")
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "Dashboard port. Default: ${DEFAULT-VALUE}")
    int port;

    @Option(
            names = "--bind",
            defaultValue = DemoSettings.LOCAL_ONLY,
            description = "Address the dashboard listens on; the demo users' passwords are public, so only this"
                    + " machine by default (0.0.0.0: every interface). Default: ${DEFAULT-VALUE}")
    String bind;

    @Option(
            names = "--data-dir",
            defaultValue = DataDir.DEFAULT,
            description = "Folder of the demo's store; a previous demo's store there is replaced."
                    + " Default: ${DEFAULT-VALUE}")
    Path dataDir;

    @Mixin
    ShopOptions shop;

    @Mixin
    RetrainScheduleOptions retrain;

    @Override
    public Integer call() throws Exception {
        DemoSettings settings = new DemoSettings(
                port, bind, dataDir, shop.customers, shop.products, shop.historyDays, shop.speed, shop.seed);
        // The shop's clock starts now: event time after this is live, before it the replayed history.
        Instant live = Instant.now();
        StoreSettings store = new DataDir(dataDir).store();
        // The dashboard's "Trigger retrain" runs the same retrain as the schedule, even with --no-retrain.
        SharedRetrain retrainer = RetrainScheduleOptions.retrain(store);
        Demo demo = Demo.start(settings, new DataDir(dataDir), retrainer);
        NightlySchedule nightly = retrain.start(retrainer, store, live);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(nightly, demo), "shoplens-demo-stop"));
        System.out.println(demo.banner() + "  " + retrain.describe() + "\n");
        return 0;
    }

    private static void stop(NightlySchedule nightly, Demo demo) {
        if (nightly != null) {
            nightly.close();
        }
        demo.stop();
    }
}
