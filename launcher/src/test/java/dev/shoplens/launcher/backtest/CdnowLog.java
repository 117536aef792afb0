package dev.shoplens.launcher.backtest;

import dev.shoplens.jobs.source.files.CsvMapping;
import dev.shoplens.jobs.source.files.CsvOptions;
import dev.shoplens.jobs.source.files.CsvTransactionFeed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A transaction log in CDNOW's layout (customer, day, units, amount; no product), written for a test. */
final class CdnowLog {

    private CdnowLog() {}

    /** Writes {@code lines} to {@code file}; the feed that reads it as the backtest's {@code --map} would. */
    static CsvTransactionFeed write(Path file, String lines) throws IOException {
        Files.writeString(file, lines);
        return new CsvTransactionFeed(
                List.of(file.toString()),
                CsvMapping.parse("customer=1,time=2,quantity=3,amount=4"),
                new CsvOptions("whitespace", "yyyyMMdd", "UTC"));
    }
}
