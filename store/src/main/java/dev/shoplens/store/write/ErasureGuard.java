package dev.shoplens.store.write;

import dev.shoplens.orders.OrderRow;
import dev.shoplens.quality.RejectedEvent;
import dev.shoplens.store.StoreSettings;
import dev.shoplens.store.erasure.ErasedCustomers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A writer that keeps erased customers out of the store, whatever a running job still holds of them: rows of an
 * erased customer are dropped, except orders, which are written anonymised (no customer id), as the erasure left
 * the customer's earlier orders, and rejected input that mentions one keeps its reason and origin but not its
 * payload or detail. The job also anonymises such a customer's events as they arrive; this catches what its state,
 * its buffers and a replay of bad input produce afterwards.
 */
public final class ErasureGuard implements ResultWriter {

    static final String CUSTOMER_COLUMN = "customer_id";
    static final String WITHHELD = "[withheld: mentions an erased customer]";

    private final ResultWriter store;
    private final ErasedCustomers erased;

    public ErasureGuard(ResultWriter store, ErasedCustomers erased) {
        this.store = store;
        this.erased = erased;
    }

    /** A writer into {@code settings}' store that honours the store's own list of erased customers. */
    public static ResultWriter open(StoreSettings settings) {
        return new ErasureGuard(
                settings.openWriter(),
                new ErasedCustomers(ErasedCustomers.Source.of(settings), ErasedCustomers.REFRESH));
    }

    @Override
    public <T> void write(Table<T> table, List<T> rows) {
        Optional<Table.Column<T>> customer = table.columns().stream()
                .filter(column -> column.name().equals(CUSTOMER_COLUMN))
                .findFirst();
        if (customer.isEmpty()) {
            // Only rejected input can mention a customer outside a customer column; every other batch passes as it is.
            store.write(
                    table,
                    table == Tables.REJECTED_EVENTS
                            ? rows.stream().map(this::withheldIfMentioning).toList()
                            : rows);
            return;
        }
        List<T> kept = new ArrayList<>(rows.size());
        for (T row : rows) {
            if (!erased.isErased((String) customer.get().value().apply(row))) {
                kept.add(row);
            } else if (row instanceof OrderRow order) {
                @SuppressWarnings("unchecked") // the row is an OrderRow, so the table's rows are
                T anonymous = (T) anonymised(order);
                kept.add(anonymous);
            }
        }
        if (!kept.isEmpty()) {
            store.write(table, kept);
        }
    }

    @Override
    public void refreshCustomerMonths(List<String> customerIds) {
        List<String> kept =
                customerIds.stream().filter(id -> !erased.isErased(id)).toList();
        if (!kept.isEmpty()) {
            store.refreshCustomerMonths(kept);
        }
    }

    @Override
    public void close() {
        store.close();
    }

    /** A rejected row that mentions an erased customer, without what it said; any other row as it is. */
    @SuppressWarnings("unchecked") // a RejectedEvent row stays a RejectedEvent row
    private <T> T withheldIfMentioning(T row) {
        if (row instanceof RejectedEvent r && (erased.mentionedIn(r.payload()) || erased.mentionedIn(r.detail()))) {
            return (T) new RejectedEvent(r.reason(), WITHHELD, r.origin(), WITHHELD, r.rejectedAt(), r.eventId());
        }
        return row;
    }

    static OrderRow anonymised(OrderRow order) {
        return new OrderRow(
                order.eventId(), order.orderId(), null, order.time(), order.kind(), order.units(), order.amount());
    }
}
