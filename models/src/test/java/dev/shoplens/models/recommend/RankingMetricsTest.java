package dev.shoplens.models.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {

    @Test
    void countsHitsAgainstWhatEachBuyerBoughtAndSkipsWhoBoughtNothing() {
        Map<String, List<String>> ranked = Map.of(
                "c1", List.of("a", "b", "c"),
                "c2", List.of("x", "y", "z"),
                "c3", List.of("a"));
        Map<String, Set<String>> bought = Map.of(
                "c1", Set.of("b", "d"), // one of two, at rank 2
                "c2", Set.of("q"), // none
                "c3", Set.of()); // bought nothing: not judged

        RankingMetrics m = RankingMetrics.of(ranked, bought, 3);

        assertThat(m.customers()).isEqualTo(2);
        assertThat(m.hitRate()).isCloseTo(0.5, within(1e-12));
        assertThat(m.precision()).isCloseTo((1 / 3.0) / 2, within(1e-12));
        assertThat(m.recall()).isCloseTo(0.5 / 2, within(1e-12));
        double c1 = (1 / log2(3)) / (1 + 1 / log2(3));
        assertThat(m.ndcg()).isCloseTo(c1 / 2, within(1e-12));
    }

    @Test
    void aPerfectListHasAnNdcgOfOne() {
        RankingMetrics m = RankingMetrics.of(Map.of("c1", List.of("a", "b")), Map.of("c1", Set.of("b", "a")), 10);

        assertThat(m.ndcg()).isCloseTo(1, within(1e-12));
        assertThat(m.recall()).isCloseTo(1, within(1e-12));
        assertThat(m.precision()).isCloseTo(0.2, within(1e-12));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
