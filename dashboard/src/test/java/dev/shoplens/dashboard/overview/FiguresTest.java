package dev.shoplens.dashboard.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void writesNumbersTheSameWayForEveryUser() {
        assertThat(Figures.count(1234567)).isEqualTo("1,234,567");
        assertThat(Figures.rate(1234.56)).isEqualTo("1,234.6");
        assertThat(Figures.money(1234.5)).isEqualTo("1,234.50");
        assertThat(Figures.money(-5)).isEqualTo("-5.00");
        assertThat(Figures.seconds(69.6)).isEqualTo("70");
    }

    @Test
    void writesTimesInUtc() {
        assertThat(Figures.time(Instant.parse("2026-03-02T23:59:58.9Z"))).isEqualTo("2026-03-02 23:59:58 UTC");
    }
}
