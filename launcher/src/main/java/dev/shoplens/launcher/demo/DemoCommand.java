package dev.shoplens.launcher.demo;

import dev.shoplens.launcher.DataDir;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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
            names = "--data-dir",
            defaultValue = DataDir.DEFAULT,
            description = "Folder of the demo's store; a previous demo's store there is replaced."
                    + " Default: ${DEFAULT-VALUE}")
    Path dataDir;

    @Option(
            names = "--customers",
            defaultValue = "2000",
            description = "Customers who arrive over the shop's history. Default: ${DEFAULT-VALUE}")
    int customers;

    @Option(
            names = "--products",
            defaultValue = "200",
            description = "Products in the catalogue. Default: ${DEFAULT-VALUE}")
    int products;

    @Option(
            names = "--history-days",
            defaultValue = "180",
            description = "Days of history replayed at full speed before the shop goes live. Default: ${DEFAULT-VALUE}")
    int historyDays;

    @Option(
            names = "--speed",
            defaultValue = "60",
            description = "How many times faster than the wall clock the live shop runs (60: a shop minute a"
                    + " second). Default: ${DEFAULT-VALUE}")
    double speed;

    @Option(
            names = "--seed",
            defaultValue = "42",
            description = "Seed of the simulation: the same seed makes the same shop. Default: ${DEFAULT-VALUE}")
    long seed;

    @Override
    public Integer call() throws Exception {
        DemoSettings settings = new DemoSettings(port, dataDir, customers, products, historyDays, speed, seed);
        Demo demo = Demo.start(settings, new DataDir(dataDir));
        Runtime.getRuntime().addShutdownHook(new Thread(demo::stop, "shoplens-demo-stop"));
        System.out.println(demo.banner());
        return 0;
    }
}
