package dev.shoplens.models.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HungarianMatcherTest {

    @Test
    void findsTheCheapestAssignmentNotTheGreedyOne() {
        // Greedy by row takes (0,1)=1 then (1,0)=2 then (2,2)=9: 12. The optimum is 0->2, 1->1, 2->0: 3+0+2 = 5.
        double[][] cost = {
            {4, 1, 3},
            {2, 0, 3},
            {2, 8, 9}
        };
        int[] assignment = HungarianMatcher.assign(cost);
        assertThat(assignment).containsExactly(2, 1, 0);
    }

    @Test
    void moreColumnsThanRowsLeavesTheWorstColumnOut() {
        double[][] cost = {
            {5, 1, 9},
            {1, 5, 9}
        };
        assertThat(HungarianMatcher.assign(cost)).containsExactly(1, 0);
    }

    @Test
    void refusesMoreRowsThanColumns() {
        assertThatThrownBy(() -> HungarianMatcher.assign(new double[][] {{1}, {2}}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
