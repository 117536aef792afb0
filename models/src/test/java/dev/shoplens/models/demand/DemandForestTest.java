package dev.shoplens.models.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DemandForestTest {

    static final LocalDate FIRST = LocalDate.of(2026, 1, 5); // a Monday

    /** Products of different sizes that sell on weekdays only, twice as much on Mondays, with noise. */
    static DailyDemand weekdayShop(int days, long seed) {
        Random random = new Random(seed);
        Map<String, TreeMap<LocalDate, Double>> products = new HashMap<>();
        for (int p = 0; p < 20; p++) {
            double size = 1 + p;
            TreeMap<LocalDate, Double> series = new TreeMap<>();
            for (int t = 0; t < days; t++) {
                LocalDate day = FIRST.plusDays(t);
                DayOfWeek w = day.getDayOfWeek();
                double level = w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY ? 0 : w == DayOfWeek.MONDAY ? 2 : 1;
                series.put(day, (double) Math.round(size * level * (0.8 + 0.4 * random.nextDouble())));
            }
            products.put("p" + p, series);
        }
        return DailyDemand.of(products, FIRST.plusDays(days - 1));
    }

    @Test
    void learnsTheWeekAcrossProducts() {
        DailyDemand shop = weekdayShop(140, 1);
        DemandForest forest = new DemandForestTrainer(ForestSettings.defaults()).fit(shop, shop.days() - 1);
        int p = shop.products().indexOf("p9"); // size 10: Mondays 20, other weekdays 10, weekends 0
        double[] mean = forest.forecast(shop, p, shop.days() - 1, 14);
        for (int h = 1; h <= 14; h++) {
            DayOfWeek w = shop.day(shop.days() - 1 + h).getDayOfWeek();
            double expected = w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY ? 0 : w == DayOfWeek.MONDAY ? 20 : 10;
            assertThat(mean[h - 1]).as("day %d, a %s", h, w).isCloseTo(expected, within(2.5));
        }
        assertThat(forest.trainingRows()).isEqualTo(ForestSettings.defaults().origins() * 20 * 7);
    }

    @Test
    void theSameDaysAndSeedGiveTheSameForest() {
        DailyDemand shop = weekdayShop(140, 2);
        ForestSettings settings = ForestSettings.defaults();
        double[] first =
                new DemandForestTrainer(settings).fit(shop, shop.days() - 1).forecast(shop, 3, 139, 28);
        double[] again =
                new DemandForestTrainer(settings).fit(shop, shop.days() - 1).forecast(shop, 3, 139, 28);
        assertThat(again).containsExactly(first);
        assertThat(new DemandForestTrainer(settings).fit(shop, shop.days() - 1).provenanceJson())
                .contains("RandomForestTrainer")
                .contains("\"seed\"");
    }

    @Test
    void aProductThatSoldNothingForEightWeeksIsForecastNoDemand() {
        Map<String, TreeMap<LocalDate, Double>> products = new HashMap<>();
        products.put("old", new TreeMap<>(Map.of(FIRST, 5.0)));
        DailyDemand shop = weekdayShop(140, 3);
        Map<String, TreeMap<LocalDate, Double>> both = new HashMap<>(products);
        for (int p = 0; p < shop.products().size(); p++) {
            TreeMap<LocalDate, Double> s = new TreeMap<>();
            for (int t = 0; t < shop.days(); t++) {
                s.put(shop.day(t), shop.units(p, t));
            }
            both.put(shop.products().get(p), s);
        }
        DailyDemand withOld = DailyDemand.of(both, shop.day(shop.days() - 1));
        DemandForest forest = new DemandForestTrainer(ForestSettings.defaults()).fit(withOld, withOld.days() - 1);
        assertThat(forest.forecast(withOld, withOld.products().indexOf("old"), withOld.days() - 1, 28))
                .containsOnly(0.0);
    }
}
