package dev.shoplens.jobs.source.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.shoplens.event.Decoded;
import dev.shoplens.event.EventCodec;
import dev.shoplens.event.EventLimits;
import dev.shoplens.event.EventType;
import dev.shoplens.event.OrderLine;
import dev.shoplens.event.RawEvent;
import dev.shoplens.event.ShopEvent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CsvTransactionFeedTest {

    static final String RETAIL_MAP =
            "customer=CustomerID,time=InvoiceDate,quantity=Quantity,price=UnitPrice,order=InvoiceNo,product=StockCode,"
                    + "country=Country";

    final EventCodec codec = new EventCodec(EventLimits.DEFAULTS);

    @Test
    void readsTheOnlineRetailFolderAsOrdersAndReturns() throws Exception {
        Path folder = resource("online-retail");
        List<String> lines = new ArrayList<>();
        for (String file : InputFiles.of(folder)) {
            lines.addAll(Files.readAllLines(Path.of(file))
                    .subList(1, Files.readAllLines(Path.of(file)).size()));
        }
        long invoices = lines.stream().map(l -> l.split(",")[0]).distinct().count();
        long cancelled = lines.stream()
                .map(l -> l.split(",")[0])
                .filter(i -> i.startsWith("C"))
                .distinct()
                .count();

        CsvTransactionFeed feed =
                new CsvTransactionFeed(InputFiles.of(folder), CsvMapping.parse(RETAIL_MAP), CsvOptions.defaults());
        List<ShopEvent> events = decode(feed);

        assertThat(feed.count()).isEqualTo(events.size());
        assertThat(events).hasSize((int) invoices);
        assertThat(events.stream().filter(e -> e.type() == EventType.RETURN))
                .hasSize((int) cancelled)
                .isNotEmpty();
        ShopEvent first = events.get(0);
        assertThat(first.eventId()).isEqualTo("csv:536365");
        assertThat(first.customerId()).isEqualTo("17850");
        assertThat(first.time()).isEqualTo(Instant.parse("2010-12-01T08:26:00Z"));
        assertThat(first.lines()).hasSize(7);
        assertThat(first.lines().get(0).productId()).isEqualTo("85123A");
        assertThat(first.lines().get(0).quantity()).isEqualTo(6);
        assertThat(first.lines().get(0).unitPrice()).isEqualTo(2.55);
        assertThat(events).isSortedAccordingTo((a, b) -> a.time().compareTo(b.time()));
        assertThat(feed.open().next().origin()).endsWith("2010-12-01.csv:2");
    }

    @Test
    void readsAWhitespaceLogWithDatesAndTotalsAndRejectsBadLines() throws Exception {
        CsvTransactionFeed feed = new CsvTransactionFeed(
                InputFiles.of(resource("cdnow/cds-log-sample.txt")),
                CsvMapping.parse("customer=1,time=2,quantity=3,amount=4"),
                new CsvOptions("whitespace", "yyyyMMdd", "UTC"));
        List<RawEvent> raw = new ArrayList<>();
        feed.open().forEachRemaining(raw::add);

        List<RawEvent> unreadable =
                raw.stream().filter(r -> r.importProblem() != null).toList();
        assertThat(unreadable)
                .extracting(RawEvent::importProblem)
                .containsExactlyInAnyOrder("time '1997013X' does not match the time format", "quantity is 0");
        assertThat(unreadable).extracting(RawEvent::origin).allMatch(o -> o.endsWith(":22") || o.endsWith(":23"));

        List<ShopEvent> events = decode(feed);
        assertThat(events).hasSize(20);
        ShopEvent merged = events.stream()
                .filter(e -> "00002".equals(e.customerId()))
                .findFirst()
                .orElseThrow();
        assertThat(merged.lines()).as("one customer at one time is one order").hasSize(2);
        assertThat(merged.linesUnits()).isEqualTo(6);
        assertThat(merged.linesAmount()).isEqualTo(89.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(events.stream().collect(Collectors.groupingBy(ShopEvent::customerId, Collectors.counting())))
                .containsEntry("00005", 10L)
                .containsEntry("00003", 4L);
        assertThat(events).isSortedAccordingTo((a, b) -> a.time().compareTo(b.time()));
    }

    @Test
    void eachLineKeepsItsCategory(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("orders.csv");
        Files.writeString(
                file,
                "order,customer,time,sku,qty,price,category\n"
                        + "o1,c1,2026-03-01T10:00:00Z,p1,2,3.5,Toys\n"
                        + "o1,c1,2026-03-01T10:00:00Z,p2,1,9.0,Garden\n"
                        + "o2,c2,2026-03-01T11:00:00Z,p3,1,4.0,\n");
        CsvTransactionFeed feed = new CsvTransactionFeed(
                InputFiles.of(file),
                CsvMapping.parse("order=order,customer=customer,time=time,product=sku,quantity=qty,price=price,"
                        + "category=category"),
                CsvOptions.defaults());

        List<ShopEvent> events = decode(feed);

        assertThat(events.get(0).lines())
                .extracting(OrderLine::productId, OrderLine::category)
                .containsExactly(tuple("p1", "Toys"), tuple("p2", "Garden"));
        assertThat(events.get(0).category())
                .as("the lines differ: the order names none")
                .isNull();
        assertThat(events.get(1).lines()).extracting(OrderLine::category).containsExactly((String) null);
    }

    @Test
    void aMappingSaysWhatIsMissing() {
        assertThatThrownBy(() -> CsvMapping.parse("customer=1,quantity=3")).hasMessageContaining("customer= and time=");
        assertThatThrownBy(() -> CsvMapping.parse("customer=1,time=2,quantity=3"))
                .hasMessageContaining("amount=, or quantity= with price=");
        assertThatThrownBy(() -> CsvMapping.parse("customer=1,time=2,amount=3,colour=4"))
                .hasMessageContaining("'colour' is not one of");
        assertThatThrownBy(() -> new CsvOptions(";;", null, "UTC")).hasMessageContaining("--delimiter");
    }

    private List<ShopEvent> decode(CsvTransactionFeed feed) {
        List<ShopEvent> events = new ArrayList<>();
        feed.open().forEachRemaining(raw -> {
            if (raw.importProblem() == null) {
                Decoded decoded = codec.decode(raw.payload(), Instant.now());
                assertThat(decoded).as(raw.origin()).isInstanceOf(Decoded.Accepted.class);
                events.add(((Decoded.Accepted) decoded).event());
            }
        });
        return events;
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(
                CsvTransactionFeedTest.class.getClassLoader().getResource(name).toURI());
    }
}
