package dev.shoplens.launcher.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.jobs.config.ShopLensConfig;
import dev.shoplens.launcher.ShopLensCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ConfigCommandTest {

    @TempDir
    Path dir;

    @Test
    void eachKeyShowsItsValueAndWhereItCameFromWithoutTheSecret() throws Exception {
        Path file =
                Files.writeString(dir.resolve("shoplens.yaml"), "store:\n  kind: duckdb\nflink:\n  parallelism: 3\n");
        Path secret = Files.writeString(dir.resolve("password"), "s3cret\n");
        ShopLensConfig config = ShopLensConfig.load(
                file,
                Map.of(
                        "SHOPLENS_FLINK_STATE_BACKEND",
                        "hashmap",
                        "SHOPLENS_STORE_CLICKHOUSE_PASSWORD_FILE",
                        secret.toString()));

        List<String> lines = ConfigCommand.lines(config);

        assertThat(line(lines, "store.kind")).contains("duckdb", "the file");
        assertThat(line(lines, "flink.parallelism")).contains(" 3 ", "the file");
        assertThat(line(lines, "flink.stateBackend"))
                .contains("hashmap", "environment", "SHOPLENS_FLINK_STATE_BACKEND");
        assertThat(line(lines, "store.clickhouse.password"))
                .contains("(set, not shown)", "secret file")
                .doesNotContain("s3cret");
        assertThat(line(lines, "kafka.topic")).contains("shop-events", "default");
        assertThat(line(lines, "kafka.bootstrapServers")).contains("(none)", "default");
        assertThat(line(lines, "models.churnDays")).contains(" 30 ", "default", "SHOPLENS_MODELS_CHURN_DAYS");
        assertThat(lines).hasSize(1 + dev.shoplens.jobs.config.ConfigKey.values().length);
    }

    @Test
    void aWrongValueIsRefusedWithTheKeyInTheMessage() throws Exception {
        Path file = Files.writeString(dir.resolve("shoplens.yaml"), "flink:\n  stateBackend: memory\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ShopLensCli());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));

        int exit = cli.execute("config", "--config", file.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(out.toString()).doesNotContain("flink.parallelism");
        assertThat(err.toString())
                .isEqualTo("shoplens config: flink.stateBackend must be rocksdb or hashmap, was memory"
                        + System.lineSeparator());
    }

    @Test
    void theCommandListsEveryKey() throws Exception {
        Path file = Files.writeString(dir.resolve("shoplens.yaml"), "store:\n  kind: duckdb\n");
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new ShopLensCli());
        cli.setOut(new PrintWriter(out));

        assertThat(cli.execute("config", "--config", file.toString())).isZero();

        assertThat(out.toString()).contains("store.kind", "duckdb", "dashboard.currency", "GBP");
    }

    private static String line(List<String> lines, String key) {
        return lines.stream().filter(l -> l.startsWith(key + " ")).findFirst().orElseThrow();
    }
}
