package dev.shoplens.jobs.source.files;

import dev.shoplens.event.EventCodec;
import dev.shoplens.event.EventFeed;
import dev.shoplens.event.EventLimits;
import dev.shoplens.event.EventType;
import dev.shoplens.event.OrderLine;
import dev.shoplens.event.RawEvent;
import dev.shoplens.event.ShopEvent;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Transaction logs (one line per order line, or per order) as purchase and return events. Lines of one order
 * ({@code order=} column, or else one customer at one time) become one event; negative quantities or amounts
 * become a return. Each file is read whole and its events are emitted in time order, so a log sorted by customer
 * still streams in event time. A line that cannot be read becomes a rejected event naming the line and the reason.
 */
public record CsvTransactionFeed(List<String> files, CsvMapping mapping, CsvOptions options) implements EventFeed {

    @Override
    public Iterator<RawEvent> open() {
        EventCodec codec = new EventCodec(EventLimits.DEFAULTS);
        return files.stream().flatMap(file -> eventsOf(file, codec).stream()).iterator();
    }

    @Override
    public long count() {
        EventCodec codec = new EventCodec(EventLimits.DEFAULTS);
        return files.stream().mapToLong(file -> eventsOf(file, codec).size()).sum();
    }

    private List<RawEvent> eventsOf(String file, EventCodec codec) {
        TransactionRowReader reader = new TransactionRowReader(mapping, options);
        List<RawEvent> rejected = new ArrayList<>();
        Map<String, List<TransactionRow>> orders = new LinkedHashMap<>();
        forEachLine(Path.of(file), reader, (line, cells) -> {
            try {
                TransactionRow row = reader.read(line, cells);
                orders.computeIfAbsent(row.orderKey() + (row.isReturn() ? "#return" : ""), k -> new ArrayList<>())
                        .add(row);
            } catch (IllegalArgumentException e) {
                rejected.add(RawEvent.unreadable(String.join(" | ", cells), origin(file, line), e.getMessage()));
            }
        });
        List<ShopEvent> events = new ArrayList<>(orders.size());
        orders.values().forEach(rows -> events.add(toEvent(rows)));
        events.sort(Comparator.comparing(ShopEvent::time));
        Map<String, Integer> firstLine = new HashMap<>();
        orders.values().forEach(rows -> firstLine.put(eventId(rows), rows.get(0).line()));
        List<RawEvent> result = new ArrayList<>(rejected);
        for (ShopEvent event : events) {
            result.add(RawEvent.of(codec.encode(event), origin(file, firstLine.get(event.eventId()))));
        }
        return result;
    }

    private static ShopEvent toEvent(List<TransactionRow> rows) {
        TransactionRow first = rows.get(0);
        List<OrderLine> lines = rows.stream()
                .map(r -> new OrderLine(r.productId(), Math.abs(r.quantity()), r.unitPrice(), r.category()))
                .toList();
        ShopEvent.Builder event = ShopEvent.builder(
                        eventId(rows),
                        first.isReturn() ? EventType.RETURN : EventType.PURCHASE,
                        rows.stream()
                                .map(TransactionRow::time)
                                .min(Comparator.naturalOrder())
                                .orElseThrow())
                .customer(first.customerId())
                .order(first.orderKey(), lines);
        String category = first.category();
        if (category != null && rows.stream().allMatch(r -> category.equals(r.category()))) {
            event.category(category);
        }
        return event.build();
    }

    private static String eventId(List<TransactionRow> rows) {
        TransactionRow first = rows.get(0);
        return "csv:" + first.orderKey() + (first.isReturn() ? ":return" : "");
    }

    private static String origin(String file, int line) {
        return "file:" + file + ":" + line;
    }

    private void forEachLine(Path file, TransactionRowReader reader, LineConsumer consumer) {
        if (options.splitsOnWhitespace()) {
            forEachWhitespaceLine(file, reader, consumer);
            return;
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(options.delimiter().charAt(0))
                .setIgnoreEmptyLines(true)
                .get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(in, format)) {
            boolean header = mapping.hasHeader();
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (header) {
                    reader.useHeader(headerIndex(cells));
                    header = false;
                } else {
                    consumer.accept((int) parser.getCurrentLineNumber(), cells);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private void forEachWhitespaceLine(Path file, TransactionRowReader reader, LineConsumer consumer) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            boolean header = mapping.hasHeader();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty()) {
                    continue;
                }
                List<String> cells = Arrays.asList(line.split("\\s+"));
                if (header) {
                    reader.useHeader(headerIndex(cells));
                    header = false;
                } else {
                    consumer.accept(i + 1, cells);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Map<String, Integer> headerIndex(List<String> cells) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            index.putIfAbsent(cells.get(i).strip().replace("\uFEFF", ""), i);
        }
        return index;
    }

    @FunctionalInterface
    private interface LineConsumer {
        void accept(int line, List<String> cells);
    }
}
