package dev.shoplens.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundsTest {

    @Test
    void warmsUpBothSidesThenTakesTurnsGoingFirst() throws Exception {
        List<String> calls = new ArrayList<>();
        double[] next = {0};
        Rounds.Paired paired = new Rounds(1, 3)
                .run(
                        () -> {
                            calls.add("s");
                            return ++next[0];
                        },
                        () -> {
                            calls.add("b");
                            return 100 + ++next[0];
                        });
        assertThat(calls).containsExactly("s", "b", "s", "b", "b", "s", "s", "b");
        // Warm-up results (1, 102) are dropped; measured: s=3, b=104; b=105, s=6; s=7, b=108.
        assertThat(paired.subject()).containsExactly(3, 6, 7);
        assertThat(paired.baseline()).containsExactly(104, 105, 108);
    }

    @Test
    void severalTrialsEachGoFirstInTurn() throws Exception {
        List<String> calls = new ArrayList<>();
        double[] next = {0};
        List<Trial> trials = List.of("a", "b", "c").stream()
                .<Trial>map(name -> () -> {
                    calls.add(name);
                    return ++next[0];
                })
                .toList();
        double[][] samples = new Rounds(1, 3).runAll(trials);
        assertThat(calls).containsExactly("a", "b", "c", "a", "b", "c", "b", "c", "a", "c", "a", "b");
        // Measured: round 0 a=4 b=5 c=6; round 1 b=7 c=8 a=9; round 2 c=10 a=11 b=12.
        assertThat(samples[0]).containsExactly(4, 9, 11);
        assertThat(samples[1]).containsExactly(5, 7, 12);
        assertThat(samples[2]).containsExactly(6, 8, 10);
    }

    @Test
    void theFigureIsTheMedianOfEachSideAndTheirRatio() {
        Figure f = new Rounds.Paired(new double[] {10, 30, 20}, new double[] {50, 40, 90}).median("x_per_s", "x/s");
        assertThat(f.value()).isEqualTo(20);
        assertThat(f.baseline()).isEqualTo(50);
        assertThat(f.ratio()).isEqualTo(0.4);
        assertThat(f.unit()).isEqualTo("x/s");
        assertThat(f.spread()).isEqualTo(new Spread(3, 10, 30, 40, 90));
    }

    @Test
    void refusesNoMeasuredRound() {
        assertThatThrownBy(() -> new Rounds(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
