package dev.shoplens.retrain.sequences;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.models.labels.Horizons;
import dev.shoplens.retrain.PlantedShop;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StoredShopTest {

    static final SequenceBuilder BUILDER = new SequenceBuilder(new SequenceSettings(30, 7, 4, Horizons.defaults()));
    static final List<Instant> CUT_OFFS =
            List.of(PlantedShop.day(100), PlantedShop.day(107), PlantedShop.day(114), PlantedShop.day(121));
    final StoredShop shop = PlantedShop.shop("c", 600, 200, 1);

    @Test
    void aNightWithFewerSequencesThanItsMostTakesThemAll() {
        List<SequenceExample> all = shop.labelled(CUT_OFFS, BUILDER);

        assertThat(all).hasSize(shop.labelledCount(CUT_OFFS));
        assertThat(keys(shop.labelled(CUT_OFFS, BUILDER, all.size(), 42))).isEqualTo(keys(all));
    }

    @Test
    void aBigNightTakesExactlyItsMostTheSameEachTime() {
        List<SequenceExample> all = shop.labelled(CUT_OFFS, BUILDER);
        int max = all.size() / 4;

        List<SequenceExample> sample = shop.labelled(CUT_OFFS, BUILDER, max, 42);

        assertThat(sample).hasSize(max);
        assertThat(keys(sample)).isEqualTo(keys(shop.labelled(CUT_OFFS, BUILDER, max, 42)));
        assertThat(keys(all)).containsAll(keys(sample));
        assertThat(keys(shop.labelled(CUT_OFFS, BUILDER, max, 43))).isNotEqualTo(keys(sample));
    }

    @Test
    void theSampleSpreadsOverTheCutOffsAndKeepsEachSequenceAsBuilt() {
        List<SequenceExample> all = shop.labelled(CUT_OFFS, BUILDER);
        Map<String, SequenceExample> byKey =
                all.stream().collect(Collectors.toMap(StoredShopTest::key, Function.identity()));

        List<SequenceExample> sample = shop.labelled(CUT_OFFS, BUILDER, all.size() / 4, 42);

        Map<Instant, Long> perCutOff =
                sample.stream().collect(Collectors.groupingBy(SequenceExample::cutOff, Collectors.counting()));
        // A quarter of each cut-off's 600 customers, give or take the chance of a hash.
        assertThat(perCutOff).containsOnlyKeys(CUT_OFFS);
        assertThat(perCutOff.values()).allSatisfy(n -> assertThat(n).isBetween(110L, 190L));
        for (SequenceExample e : sample) {
            SequenceExample built = byKey.get(key(e));
            assertThat(e.values()).isDeepEqualTo(built.values());
            assertThat(e.purchase()).isEqualTo(built.purchase());
            assertThat(e.churn()).isEqualTo(built.churn());
        }
    }

    private static List<String> keys(List<SequenceExample> examples) {
        return examples.stream().map(StoredShopTest::key).toList();
    }

    private static String key(SequenceExample e) {
        return e.customerId() + "@" + e.cutOff();
    }
}
