package dev.shoplens.bench;

import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * {@code shoplens bench} as an application of its own: the benchmark runs a Kafka broker and the ClickHouse engine
 * in its JVM, which the production launcher must not carry, so it has its own class path ({@code bench/target/lib}).
 */
public final class BenchMain {

    private BenchMain() {}

    public static void main(String[] args) {
        // Logging is set up before any library logs (logback.xml quiets the chatty ones).
        LoggerFactory.getILoggerFactory();
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }
}
