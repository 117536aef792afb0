package dev.shoplens.dashboard.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinSession;
import dev.shoplens.dashboard.CurrentUi;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

class FiguresTest extends CurrentUi {

    @AfterEach
    void noSession() {
        VaadinSession.setCurrent(null);
    }

    @Test
    void writesNumbersAndMoneyAsEnglishDoes() {
        assertThat(Figures.count(1234567)).isEqualTo("1,234,567");
        assertThat(Figures.rate(1234.56)).isEqualTo("1,234.6");
        assertThat(Figures.money(1234.5)).as("the default currency").isEqualTo("£1,234.50");
        assertThat(Figures.money(-5)).isEqualTo("-£5.00");
        assertThat(Figures.percent(0.456)).isEqualTo("46%");
        assertThat(Figures.percent(0.975, 1)).isEqualTo("97.5%");
        assertThat(Figures.signed(0.5, 2)).isEqualTo("+0.50");
        assertThat(Figures.seconds(69.6)).isEqualTo("70");
        assertThat(Figures.percent(null)).isEqualTo(Figures.NONE);
    }

    @Test
    void writesTimesInUtcAndDatesAsIso() {
        assertThat(Figures.time(Instant.parse("2026-03-02T23:59:58.9Z"))).isEqualTo("2026-03-02 23:59:58 UTC");
        assertThat(Figures.day(LocalDate.of(2026, 3, 2))).isEqualTo("2026-03-02");
        assertThat(Figures.month(YearMonth.of(2026, 1))).isEqualTo("2026-01");
    }

    @Test
    void chineseReadersGetChineseDates() {
        ui().setLocale(Locale.SIMPLIFIED_CHINESE);

        assertThat(Figures.time(Instant.parse("2026-03-02T23:59:58Z"))).isEqualTo("2026年3月2日 23:59:58 UTC");
        assertThat(Figures.day(Instant.parse("2026-03-02T23:59:58Z"))).isEqualTo("2026年3月2日");
        assertThat(Figures.month(YearMonth.of(2026, 1))).isEqualTo("2026年1月");
        assertThat(Figures.rate(1234.56)).isEqualTo("1,234.6");
    }

    @Test
    void moneyIsInTheSessionsCurrency() {
        VaadinSession session = Mockito.mock(VaadinSession.class);
        Mockito.when(session.getAttribute(Currency.class)).thenReturn(Currency.getInstance("CNY"));
        VaadinSession.setCurrent(session);

        assertThat(Figures.money(1234.5)).isEqualTo("CN¥1,234.50");
        ui().setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(Figures.money(1234.5)).isEqualTo("¥1,234.50");
    }
}
