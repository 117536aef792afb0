package dev.shoplens.dashboard.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.shoplens.dashboard.TestShop;
import dev.shoplens.models.recommend.Recommendation;
import dev.shoplens.models.recommend.Recommendation.Basis;
import dev.shoplens.orders.OrderLineRow;
import dev.shoplens.orders.OrderRow;
import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.store.read.ShopReader;
import dev.shoplens.store.write.ResultWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The recommender fitted on the stored purchases: alice bought a mug and a tray; bob and carol bought those and a
 * coaster; dave a kite. Bob and carol buy most like alice, so the coaster is hers to come, "bought by 2 of the 2".
 */
class KeptRecommenderTest {

    static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    DuckDbSettings store;
    ShopReader reader;
    final AtomicReference<Instant> now = new AtomicReference<>(T);
    KeptRecommender recommender;

    @BeforeEach
    void writeShop() {
        store = TestShop.emptyStore();
        buy("alice", "o1", T, "mug", "tray");
        buy("bob", "o2", T.plusSeconds(60), "mug", "tray", "coaster");
        buy("carol", "o3", T.plusSeconds(120), "mug", "tray", "coaster");
        buy("dave", "o4", T.plusSeconds(180), "kite");
        reader = store.openReader();
        recommender = new KeptRecommender(reader, now::get);
    }

    @AfterEach
    void close() {
        reader.close();
    }

    void buy(String customer, String order, Instant at, String... products) {
        List<OrderLineRow> lines = new ArrayList<>();
        for (String product : products) {
            lines.add(new OrderLineRow("e-" + order, order, lines.size(), product, at, "purchase", 1, 5.0));
        }
        try (ResultWriter writer = store.openWriter()) {
            writer.writeOrders(
                    List.of(new OrderRow("e-" + order, order, customer, at, "purchase", products.length, 5.0)));
            writer.writeOrderLines(lines);
        }
    }

    List<Object> why(String customer, String product) {
        return recommender.recommend(customer).stream()
                .filter(r -> r.productId().equals(product))
                .findFirst()
                .map(r -> List.<Object>of(
                        r.why().basis(), r.why().count(), r.why().of()))
                .orElse(List.of());
    }

    @Test
    void recommendsWhatTheCustomersWhoBuyAlikeBoughtWithWhy() {
        List<Recommendation> alice = recommender.recommend("alice");

        assertThat(alice)
                .extracting(Recommendation::productId, r -> r.why().basis())
                .startsWith(tuple("mug", Basis.OWN), tuple("tray", Basis.OWN), tuple("coaster", Basis.NEIGHBOURS));
        assertThat(why("alice", "coaster")).containsExactly(Basis.NEIGHBOURS, 2, 2);
        assertThat(recommender.recommend("a newcomer"))
                .as("no purchases: the products most customers bought lately")
                .extracting(r -> r.why().basis())
                .containsOnly(Basis.POPULAR);
    }

    @Test
    void aNewPurchaseCountsAtTheNextFitAtMostEveryRefitApart() {
        assertThat(why("alice", "lamp")).isEmpty();
        buy("erin", "o5", T.plusSeconds(240), "mug", "tray", "lamp");

        assertThat(why("alice", "lamp"))
                .as("within the refit's spacing, the kept fit")
                .isEmpty();

        now.set(T.plus(KeptRecommender.REFIT));
        assertThat(why("alice", "lamp")).containsExactly(Basis.NEIGHBOURS, 1, 3);
        assertThat(why("alice", "coaster")).containsExactly(Basis.NEIGHBOURS, 2, 3);
    }

    @Test
    void anErasureStopsTheErasedCustomersPurchasesShapingListsAtOnce() {
        assertThat(why("alice", "coaster")).containsExactly(Basis.NEIGHBOURS, 2, 2);

        reader.erasure().erase("bob", T.plus(Duration.ofHours(1)));

        assertThat(why("alice", "coaster")).as("carol alone").containsExactly(Basis.NEIGHBOURS, 1, 1);
    }
}
