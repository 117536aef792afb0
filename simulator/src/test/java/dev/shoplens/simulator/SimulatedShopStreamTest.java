package dev.shoplens.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.event.Decoded;
import dev.shoplens.event.EventCodec;
import dev.shoplens.event.EventLimits;
import dev.shoplens.event.EventType;
import dev.shoplens.event.ShopEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of the raw stream: reproducible, ordered, valid on the wire, uniquely identified. */
class SimulatedShopStreamTest {

    private static final Instant START = Instant.parse("2025-03-01T09:15:00Z");
    private static final Instant FAR_FUTURE = Instant.parse("9999-01-01T00:00:00Z");
    private static final EventCodec CODEC = new EventCodec(EventLimits.DEFAULTS);

    private static List<String> encoded(ShopConfig config, int count) {
        SimulatedShop shop = new SimulatedShop(config);
        List<String> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            result.add(CODEC.encode(shop.next()));
        }
        return result;
    }

    private static List<ShopEvent> events(ShopConfig config, int count) {
        SimulatedShop shop = new SimulatedShop(config);
        List<ShopEvent> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            result.add(shop.next());
        }
        return result;
    }

    @Test
    void sameConfigGivesTheSameFirst50kEvents() {
        ShopConfig config = ShopConfig.demo(42, START);

        List<String> first = encoded(config, 50_000);
        List<String> second = encoded(config, 50_000);

        assertThat(second).isEqualTo(first);
        assertThat(first).anyMatch(json -> json.contains("\"type\":\"purchase\""));
    }

    @Test
    void differentSeedsGiveDifferentShops() {
        List<String> one = encoded(ShopConfig.demo(1, START), 5_000);
        List<String> two = encoded(ShopConfig.demo(2, START), 5_000);

        assertThat(two).isNotEqualTo(one);
        // Not just a shifted copy: the catalogues themselves differ (prices are drawn from the seed).
        assertThat(two.subList(0, 200)).isNotEqualTo(one.subList(0, 200));
    }

    @Test
    void startsAtStartAndNeverGoesBackInTime() {
        List<ShopEvent> events = events(ShopConfig.demo(5, START), 50_000);

        assertThat(events.get(0).time()).isEqualTo(START);
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).time())
                    .as("event %d (%s) after %s", i, events.get(i), events.get(i - 1))
                    .isAfterOrEqualTo(events.get(i - 1).time());
        }
        assertThat(events.get(events.size() - 1).time()).isAfter(START.plusSeconds(86_400));
    }

    @Test
    void everyEventDecodesAsAcceptedAndRoundTrips() {
        List<ShopEvent> events = events(ShopConfig.demo(9, START), 50_000);

        for (ShopEvent event : events) {
            String json = CODEC.encode(event);
            Decoded decoded = CODEC.decode(json.getBytes(StandardCharsets.UTF_8), FAR_FUTURE);
            assertThat(decoded).as(json).isInstanceOf(Decoded.Accepted.class);
            assertThat(((Decoded.Accepted) decoded).event()).as(json).isEqualTo(event);
        }
        assertThat(events).extracting(ShopEvent::type).contains(EventType.values());
    }

    @Test
    void eventIdsAreTheSequenceNumbersSoUnique() {
        List<ShopEvent> events = events(ShopConfig.demo(11, START), 50_000);

        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).eventId()).isEqualTo("e" + i);
        }
        assertThat(events).extracting(ShopEvent::eventId).doesNotHaveDuplicates();
    }

    @Test
    void idsFollowTheDocumentedFormats() {
        List<ShopEvent> events = events(ShopConfig.demo(13, START), 50_000);

        for (ShopEvent e : events) {
            if (e.customerId() != null) {
                assertThat(e.customerId()).matches("c\\d{5,}");
            }
            if (e.productId() != null) {
                assertThat(e.productId()).matches("p\\d{4,}");
            }
            if (e.sessionId() != null) {
                assertThat(e.sessionId()).matches("s\\d+");
            }
            if (e.orderId() != null) {
                assertThat(e.orderId()).matches("o\\d+");
            }
            if (e.price() != null || e.type().isOrderEvent()) {
                assertThat(e.currency()).isEqualTo("GBP");
            }
        }
    }

    @Test
    void initialCustomersAreKnownFromTheStart() {
        SimulatedShop shop = new SimulatedShop(new ShopConfig(3, 100, 20, START));

        assertThat(shop.truth("c00001")).hasValueSatisfying(t -> {
            assertThat(t.arrivedAt()).isEqualTo(START);
            assertThat(t.sessionsPerWeek()).isPositive();
            assertThat(t.purchaseProbabilityPerSession()).isBetween(0.0, 1.0);
            assertThat(t.droppedOutAt()).isNull();
        });
        assertThat(shop.truth("c00020")).isPresent();
        assertThat(shop.truth("c00021")).isEmpty(); // 20% of 100 exist at start, the rest arrive later
        assertThat(shop.truth("nobody")).isEmpty();
    }
}
