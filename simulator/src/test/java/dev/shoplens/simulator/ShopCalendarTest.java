package dev.shoplens.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ShopCalendarTest {

    // A Wednesday, 09:15 UTC.
    private final ShopCalendar calendar = new ShopCalendar(Instant.parse("2025-01-01T09:15:00Z"));

    @Test
    void hourOfWeekCountsFromMondayMidnightUtc() {
        assertThat(calendar.hourOfWeek(0)).isEqualTo(2 * 24 + 9);
        long saturdayHalfPastTen = 3 * ShopCalendar.DAY + ShopCalendar.HOUR + 15 * ShopCalendar.MINUTE;
        assertThat(calendar.instant(saturdayHalfPastTen)).isEqualTo(Instant.parse("2025-01-04T10:30:00Z"));
        assertThat(calendar.hourOfWeek(saturdayHalfPastTen)).isEqualTo(5 * 24 + 10);
        assertThat(calendar.isWeekend(saturdayHalfPastTen)).isTrue();
        assertThat(calendar.isWeekend(0)).isFalse();
    }

    @Test
    void nextHourOfDayIsStrictlyLater() {
        long sixToday = calendar.nextHourOfDay(0, 6);
        assertThat(calendar.instant(sixToday)).isEqualTo(Instant.parse("2025-01-02T06:00:00Z"));
        assertThat(calendar.instant(calendar.nextHourOfDay(sixToday, 6)))
                .isEqualTo(Instant.parse("2025-01-03T06:00:00Z"));
        assertThat(calendar.instant(calendar.nextHourOfDay(0, 10))).isEqualTo(Instant.parse("2025-01-01T10:00:00Z"));
    }
}
