package dev.shoplens.models.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecommenderTest {

    static final long DAY = 86_400_000L;
    static final long CUTOFF = 100 * DAY;

    /** A settings of three products a list, two neighbours, the popularity of the last 28 days. */
    static final RecommenderSettings THREE = new RecommenderSettings(3, 2, 0.5, 28, 0.3);

    @Test
    void theOwnProductsBaselineRanksByOrdersThenTheLatestAndFillsUpWithPopularOnes() {
        PurchaseLog log = new PurchaseLog();
        buy(log, "alice", "o1", 10, "mug", "tray");
        buy(log, "alice", "o2", 20, "mug", "lamp");
        buy(log, "bob", "o3", 90, "candle");
        buy(log, "carol", "o4", 95, "candle", "lamp");

        Recommender r = Recommender.fit(log, CUTOFF, THREE);

        assertThat(r.ownProducts("alice"))
                .extracting(Recommendation::productId)
                .as("mug twice; lamp bought after tray")
                .containsExactly("mug", "lamp", "tray");
        assertThat(r.ownProducts("bob"))
                .extracting(Recommendation::productId, Recommendation::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("candle", "you bought it once"),
                        org.assertj.core.groups.Tuple.tuple("lamp", "bought by 1 customer in the last 28 days"));
        assertThat(r.popular())
                .extracting(Recommendation::productId)
                .as("candle by two customers lately, lamp by one; older purchases do not count")
                .containsExactly("candle", "lamp");
    }

    @Test
    void theBestAreThoseAFullSortWouldKeep() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        double[] similarity = new double[1_000];
        for (int i = 0; i < similarity.length; i++) {
            similarity[i] = random.nextInt(0, 50) / 10.0; // many ties: the index decides; zeros are no candidates
        }
        for (int k : new int[] {0, 1, 50, 1_000, 2_000}) {
            assertThat(Recommender.best(similarity, k))
                    .as("the best %d", k)
                    .containsExactly(java.util.stream.IntStream.range(0, similarity.length)
                            .filter(i -> similarity[i] > 0)
                            .boxed()
                            .sorted(java.util.Comparator.<Integer>comparingDouble(i -> -similarity[i])
                                    .thenComparing(java.util.Comparator.naturalOrder()))
                            .limit(k)
                            .mapToInt(Integer::intValue)
                            .toArray());
        }
    }

    @Test
    void aLogWithoutProductsNamesNone() {
        PurchaseLog log = new PurchaseLog();
        buy(log, "alice", "o1", 10, "unspecified");
        buy(log, "bob", "o2", 20, "unspecified");
        assertThat(log.namesProducts()).isFalse();
        buy(log, "bob", "o3", 30, "mug");
        assertThat(log.namesProducts()).isTrue();
    }

    @Test
    void recommendsWhatCustomersWhoBuyAlikeBoughtAndSaysWhy() {
        PurchaseLog log = new PurchaseLog();
        buy(log, "alice", "o1", 80, "mug", "tray");
        buy(log, "bob", "o2", 81, "mug", "tray", "coaster");
        buy(log, "carol", "o3", 82, "mug", "tray", "coaster");
        buy(log, "dave", "o4", 83, "kite");

        List<Recommendation> list = Recommender.fit(log, CUTOFF, THREE).recommend("alice");

        assertThat(list).extracting(Recommendation::rank).containsExactly(1, 2, 3);
        assertThat(list.get(2).productId()).isEqualTo("coaster");
        assertThat(list.get(2).reason()).isEqualTo("bought by 2 of the 2 customers who buy most like you");
        assertThat(list.get(2).why()).isEqualTo(new Recommendation.Why(Recommendation.Basis.NEIGHBOURS, 2, 2));
        assertThat(list.subList(0, 2)).extracting(Recommendation::reason).containsOnly("you bought it once");
        assertThat(list.get(0).why()).isEqualTo(new Recommendation.Why(Recommendation.Basis.OWN, 1, 0));
    }

    @Test
    void aProductNobodyBuysAnyMoreFallsBehindOneStillSelling() {
        PurchaseLog log = new PurchaseLog();
        buy(log, "alice", "o1", 10, "old-calendar", "fairy-lights");
        buy(log, "bob", "o2", 90, "fairy-lights");
        buy(log, "carol", "o3", 91, "fairy-lights");
        RecommenderSettings alone = new RecommenderSettings(2, 0, 1.0, 28, 0.3);

        List<Recommendation> list = Recommender.fit(log, CUTOFF, alone).recommend("alice");

        assertThat(list).extracting(Recommendation::productId).containsExactly("fairy-lights", "old-calendar");
    }

    @Test
    void anOrderAHalfLifeOlderCountsHalf() {
        PurchaseLog log = new PurchaseLog();
        buy(log, "alice", "o1", 10, "apron");
        buy(log, "alice", "o2", 11, "apron");
        buy(log, "alice", "o3", 99, "bread-tin");
        RecommenderSettings evenly = new RecommenderSettings(2, 0, 1.0, 28, 0, 0);
        RecommenderSettings decaying = new RecommenderSettings(2, 0, 1.0, 28, 0, 30);

        assertThat(Recommender.fit(log, CUTOFF, evenly).recommend("alice"))
                .extracting(Recommendation::productId)
                .as("two orders against one")
                .containsExactly("apron", "bread-tin");
        List<Recommendation> recent = Recommender.fit(log, CUTOFF, decaying).recommend("alice");
        assertThat(recent)
                .extracting(Recommendation::productId)
                .as("two orders about three half-lives old weigh about a quarter of the one a day old")
                .containsExactly("bread-tin", "apron");
        assertThat(recent.get(1).reason()).as("the reason still counts orders").isEqualTo("you bought it 2 times");
    }

    @Test
    void purchasesAtOrAfterTheCutOffAreNotLearntFrom() {
        PurchaseLog log = new PurchaseLog();
        buy(log, "alice", "o1", 10, "mug");
        buy(log, "alice", "o2", 100, "kite");
        buy(log, "erin", "o3", 120, "kite");

        Recommender r = Recommender.fit(log, CUTOFF, THREE);

        assertThat(r.customers()).containsExactly("alice");
        assertThat(r.recommend("alice")).extracting(Recommendation::productId).containsExactly("mug");
    }

    private static void buy(PurchaseLog log, String customer, String order, int day, String... products) {
        for (String p : products) {
            log.add(customer, order, p, day * DAY);
        }
    }
}
