package dev.shoplens.store.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.shoplens.orders.OrderRow;
import dev.shoplens.quality.RejectedEvent;
import dev.shoplens.store.erasure.CustomerErasure;
import dev.shoplens.store.erasure.ErasedCustomers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ErasureGuardTest {

    static final Instant T = Instant.parse("2026-03-02T10:00:00Z");

    final List<Object> written = new ArrayList<>();
    final List<String> refreshed = new ArrayList<>();
    final ResultWriter store = new ResultWriter() {
        @Override
        public <T> void write(Table<T> table, List<T> rows) {
            written.addAll(rows);
        }

        @Override
        public void refreshCustomerMonths(List<String> customerIds) {
            refreshed.addAll(customerIds);
        }

        @Override
        public void close() {}
    };
    final ErasureGuard guard = new ErasureGuard(
            store, new ErasedCustomers(() -> Set.of(CustomerErasure.hash("gone")), Duration.ofMinutes(1)));

    @Test
    void anErasedCustomersOrdersAreWrittenAnonymisedAndTheMonthsOfOthersOnlyRefreshed() {
        guard.writeOrders(List.of(
                new OrderRow("e1", "o1", "gone", T, "purchase", 1, 10.0),
                new OrderRow("e2", "o2", "here", T, "purchase", 2, 20.0),
                new OrderRow("e3", "o3", null, T, "purchase", 1, 5.0)));

        assertThat(written)
                .containsExactly(
                        new OrderRow("e1", "o1", null, T, "purchase", 1, 10.0),
                        new OrderRow("e2", "o2", "here", T, "purchase", 2, 20.0),
                        new OrderRow("e3", "o3", null, T, "purchase", 1, 5.0));
        assertThat(refreshed).containsExactly("here");
    }

    @Test
    void anErasedCustomersOtherRowsAreDroppedAndTablesWithoutCustomersPassAsTheyAre() {
        Table<String[]> customers =
                new Table<>("customer_scores", r -> r[0], List.of(Table.column("customer_id", r -> r[0])));
        guard.write(customers, List.<String[]>of(new String[] {"gone"}, new String[] {"here"}));
        Table<String> products = new Table<>("product_daily", r -> r, List.of(Table.column("product_id", r -> r)));
        guard.write(products, List.of("gone"));

        assertThat(written).hasSize(2);
        assertThat(((String[]) written.get(0))[0]).isEqualTo("here");
        assertThat(written.get(1)).isEqualTo("gone");
    }

    @Test
    void rejectedInputMentioningAnErasedCustomerKeepsItsReasonButNotWhatItSaid() {
        guard.writeRejected(List.of(
                new RejectedEvent("malformed_json", "at 3", "kafka:t:0:7", "{\"customerId\":\"gone\",", T, null),
                new RejectedEvent("unparseable_row", "no time", "file:a.csv:9", "o9,gone,2026-13-01", T, null),
                new RejectedEvent("malformed_json", "at 3", "kafka:t:0:8", "{\"customerId\":\"here\",", T, null)));

        assertThat(written)
                .extracting(r -> ((RejectedEvent) r).payload(), r -> ((RejectedEvent) r).origin())
                .containsExactly(
                        tuple(ErasureGuard.WITHHELD, "kafka:t:0:7"),
                        tuple(ErasureGuard.WITHHELD, "file:a.csv:9"),
                        tuple("{\"customerId\":\"here\",", "kafka:t:0:8"));
    }
}
