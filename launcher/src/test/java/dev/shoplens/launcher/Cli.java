package dev.shoplens.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.testing.ClickHouseTestEngine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** The {@code shoplens} command line as the tests run it: in this JVM, its standard output captured. */
public final class Cli {

    private Cli() {}

    /** Runs the command, insists that it succeeds, and returns what it printed. */
    public static String run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            int exit = new picocli.CommandLine(new ShopLensCli()).execute(args);
            assertThat(exit).as("exit code of " + String.join(" ", args)).isZero();
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    public static String[] concat(String[] a, String[] b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** A {@code shoplens.yaml} whose store is the DuckDB file {@code duckDbFile}, with {@code moreLines} after it. */
    public static Path duckDbConfig(Path file, Path duckDbFile, String... moreLines) throws IOException {
        StringBuilder yaml = new StringBuilder("store:\n  kind: duckdb\n  duckdb:\n    file: " + duckDbFile + "\n");
        for (String line : moreLines) {
            yaml.append(line).append('\n');
        }
        return Files.writeString(file, yaml);
    }

    /** A {@code shoplens.yaml} whose store is {@code database} on the tests' ClickHouse. */
    public static Path clickHouseConfig(Path file, ClickHouseTestEngine clickhouse, String database)
            throws IOException {
        return Files.writeString(
                file,
                String.join(
                        "\n",
                        "store:",
                        "  kind: clickhouse",
                        "  clickhouse:",
                        "    url: " + clickhouse.url(),
                        "    database: " + database,
                        "    user: " + clickhouse.user(),
                        "    password: \"" + clickhouse.password() + "\"",
                        "    compress: " + clickhouse.compresses(),
                        ""));
    }
}
