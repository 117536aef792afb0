package dev.shoplens.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.shoplens.event.EventType;
import dev.shoplens.event.OrderLine;
import dev.shoplens.event.ShopEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderLineRowTest {

    static final Instant TIME = Instant.parse("2026-03-01T10:15:00Z");

    @Test
    void everyLineOfAnOrderIsARowNumberedInTheEventsOrderAProductListedTwiceIncluded() {
        ShopEvent purchase = ShopEvent.builder("e1", EventType.PURCHASE, TIME)
                .customer("c1")
                .order(
                        "o1",
                        List.of(new OrderLine("p1", 2, 3.5), new OrderLine("p2", 1, 10.0), new OrderLine("p1", 1, 3.5)))
                .build();

        assertThat(OrderLineRow.of(purchase))
                .extracting(
                        OrderLineRow::eventId,
                        OrderLineRow::orderId,
                        OrderLineRow::line,
                        OrderLineRow::productId,
                        OrderLineRow::time,
                        OrderLineRow::kind,
                        OrderLineRow::quantity,
                        OrderLineRow::amount)
                .containsExactly(
                        tuple("e1", "o1", 0, "p1", TIME, "purchase", 2, 7.0),
                        tuple("e1", "o1", 1, "p2", TIME, "purchase", 1, 10.0),
                        tuple("e1", "o1", 2, "p1", TIME, "purchase", 1, 3.5));
    }

    @Test
    void aReturnsLinesSayTheyAreAReturnAndAnEventThatIsNoOrderHasNone() {
        ShopEvent returned = ShopEvent.builder("e2", EventType.RETURN, TIME)
                .customer("c1")
                .order("o1", List.of(new OrderLine("p2", 1, 10.0)))
                .build();
        assertThat(OrderLineRow.of(returned))
                .singleElement()
                .extracting(OrderLineRow::kind)
                .isEqualTo("return");

        ShopEvent view = ShopEvent.builder("e3", EventType.VIEW, TIME)
                .customer("c1")
                .product("p1", "toys")
                .build();
        assertThatThrownBy(() -> OrderLineRow.of(view)).hasMessageContaining("not an order event");
    }
}
