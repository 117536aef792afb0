package dev.shoplens.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void aSumIsTheSameInEveryOrder() {
        SplittableRandom random = new SplittableRandom(3);
        List<Double> amounts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            amounts.add(random.nextInt(1, 100_000) / 100.0 * (random.nextInt(5) == 0 ? -1 : 1));
        }
        double forwards = sum(amounts);
        Collections.reverse(amounts);
        assertThat(sum(amounts)).isEqualTo(forwards);
        Collections.shuffle(amounts, new java.util.Random(1));
        assertThat(sum(amounts)).isEqualTo(forwards);
        double plain = 0;
        for (double a : List.of(0.1, 0.2, 0.3)) {
            plain += a;
        }
        assertThat(plain).as("why: a plain sum is not on the grid").isNotEqualTo(0.6);
        assertThat(Money.add(Money.add(0.1, 0.2), 0.3)).isEqualTo(0.6);
    }

    private static double sum(List<Double> amounts) {
        double total = 0;
        for (double a : amounts) {
            total = Money.add(total, a);
        }
        return total;
    }
}
