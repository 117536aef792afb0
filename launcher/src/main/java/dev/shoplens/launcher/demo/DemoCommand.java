package dev.shoplens.launcher.demo;

import dev.shoplens.launcher.DataDir;
import java.nio.file.Path;
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
            names = "--data-dir",
            defaultValue = DataDir.DEFAULT,
            description = "Folder of the demo's store; a previous demo's store there is replaced."
                    + " Default: ${DEFAULT-VALUE}")
    Path dataDir;

    @Mixin
    ShopOptions shop;

    @Override
    public Integer call() throws Exception {
        DemoSettings settings =
                new DemoSettings(port, dataDir, shop.customers, shop.products, shop.historyDays, shop.speed, shop.seed);
        Demo demo = Demo.start(settings, new DataDir(dataDir));
        Runtime.getRuntime().addShutdownHook(new Thread(demo::stop, "shoplens-demo-stop"));
        System.out.println(demo.banner());
        return 0;
    }
}
