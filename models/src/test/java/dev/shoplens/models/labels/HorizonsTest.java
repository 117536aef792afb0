package dev.shoplens.models.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HorizonsTest {

    @Test
    void theLongestHorizonIsTheLongestWhicheverModelHasIt() {
        Duration d7 = Duration.ofDays(7);
        Duration d30 = Duration.ofDays(30);
        Duration d90 = Duration.ofDays(90);

        assertThat(new Horizons(d30, d7, d90).longest()).isEqualTo(d90);
        assertThat(new Horizons(d90, d7, d30).longest()).isEqualTo(d90);
        assertThat(new Horizons(d7, d90, d30).longest()).isEqualTo(d90);
        assertThat(new Horizons(d30, d30, d30).longest()).isEqualTo(d30);
    }
}
