package dev.shoplens.launcher.imports;

import dev.shoplens.event.EventFeed;
import dev.shoplens.jobs.source.files.CsvMapping;
import dev.shoplens.jobs.source.files.CsvOptions;
import dev.shoplens.jobs.source.files.CsvTransactionFeed;
import dev.shoplens.jobs.source.files.InputFiles;
import dev.shoplens.jobs.source.files.JsonLinesFeed;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The options that name events in files: {@code --events}, or {@code --csv} with its mapping. */
public final class FileInputOptions {

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Input input;

    public static final class Input {
        @Option(names = "--events", paramLabel = "FILE_OR_DIR", description = "JSON lines in the v1 event format.")
        Path events;

        @Option(
                names = "--csv",
                paramLabel = "FILE_OR_DIR",
                description = "A transaction log (or a folder of them, read in name order); needs --map.")
        Path csv;
    }

    @Option(
            names = "--map",
            paramLabel = "MAPPING",
            description = "Columns of the log by header name or 1-based position: customer=,time= and either"
                    + " amount= (quantity= optional) or quantity= with price=; optional order=, product=, category=,"
                    + " country=. E.g. customer=CustomerID,time=InvoiceDate,quantity=Quantity,price=UnitPrice,"
                    + "order=InvoiceNo,product=StockCode")
    String map;

    @Option(
            names = "--time-format",
            paramLabel = "PATTERN",
            description = "Pattern of the log's times (java.time), e.g. yyyyMMdd. Default: ISO-8601 or"
                    + " 'yyyy-MM-dd HH:mm:ss'.")
    String timeFormat;

    @Option(
            names = "--delimiter",
            defaultValue = ",",
            description =
                    "Column delimiter: one character, or 'whitespace' for runs of spaces and tabs. Default: ${DEFAULT-VALUE}")
    String delimiter;

    @Option(
            names = "--zone",
            defaultValue = "UTC",
            description = "Time zone of log times without one. Default: ${DEFAULT-VALUE}")
    String zone;

    /** The zone of log times without one. */
    public String zone() {
        return zone;
    }

    public boolean given() {
        return input != null;
    }

    /** The feed the options describe. */
    public EventFeed feed() {
        if (!given()) {
            throw new IllegalArgumentException("name the events: --events FILE_OR_DIR or --csv FILE_OR_DIR --map ...");
        }
        if (input.events != null) {
            return new JsonLinesFeed(InputFiles.of(input.events));
        }
        if (map == null) {
            throw new IllegalArgumentException("--csv needs --map (see --help)");
        }
        return new CsvTransactionFeed(
                InputFiles.of(input.csv), CsvMapping.parse(map), new CsvOptions(delimiter, timeFormat, zone));
    }
}
