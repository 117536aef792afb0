package dev.shoplens.launcher;

import dev.shoplens.jobs.config.ShopLensConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --config shoplens.yaml}: real services (Kafka, ClickHouse, checkpoints); environment variables win. */
public final class ConfigOption {

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "shoplens.yaml with the Kafka, store and Flink settings (see docs/operating.md);"
                    + " SHOPLENS_* environment variables override it.")
    Path file;

    public boolean given() {
        return file != null;
    }

    public ShopLensConfig load() {
        return ShopLensConfig.load(file, System.getenv());
    }
}
