package dev.shoplens.dashboard.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/**
 * How every page writes numbers, money, shares and dates: in the current user's language (the UI's locale, English
 * outside a running page) and in the shop's currency, which {@code ShopCurrency} gives each session. Times are UTC,
 * like the store's event-time day.
 *
 * <p>English dates stay ISO (2026-03-02): the dashboard's English has no country, and ISO reads the same to a manager
 * in London and one in New York, where "3/2/26" would not. Chinese dates read 2026年3月2日.
 */
public final class Figures {

    /** Shown where there is no figure yet. */
    public static final String NONE = "–";

    /** The currency where no session says otherwise (a view built in a unit test). */
    public static final Currency DEFAULT_CURRENCY = Currency.getInstance("GBP");

    private Figures() {}

    public static String count(long value) {
        return decimal(value, 0);
    }

    /** A count that may be missing. */
    public static String count(Integer value) {
        return value == null ? NONE : count(value.longValue());
    }

    public static String rate(double value) {
        return decimal(value, 1);
    }

    /** {@code value} with exactly {@code digits} decimals and the language's grouping. */
    public static String decimal(double value, int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(value);
    }

    /** A value that may be missing, with {@code digits} decimals. */
    public static String decimal(Double value, int digits) {
        return value == null ? NONE : decimal(value.doubleValue(), digits);
    }

    /** {@code value} with a sign either way (+0.42, -1.30): a weight or a change. */
    public static String signed(double value, int digits) {
        return (value >= 0 ? "+" : "") + decimal(value, digits);
    }

    /** An amount in the shop's currency, as the language writes money (£1,234.50). */
    public static String money(double value) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale());
        Currency currency = currency();
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return format.format(value);
    }

    /** A money amount that may be missing. */
    public static String money(Double value) {
        return value == null ? NONE : money(value.doubleValue());
    }

    /** A share (0.5) as a whole percentage (50%). */
    public static String percent(Double share) {
        return percent(share, 0);
    }

    /** A share as a percentage with up to {@code digits} decimals (97.5%, 95%). */
    public static String percent(Double share, int digits) {
        if (share == null) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale());
        format.setMaximumFractionDigits(digits);
        return format.format(share);
    }

    public static String time(Instant instant) {
        return instant == null ? NONE : patterns().time.format(instant);
    }

    /** A time to the minute, as a setting's change is stamped. */
    public static String minute(Instant instant) {
        return instant == null ? NONE : patterns().minute.format(instant);
    }

    /** The UTC day of {@code instant}. */
    public static String day(Instant instant) {
        return instant == null ? NONE : day(LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }

    public static String day(LocalDate day) {
        return day == null ? NONE : patterns().day.format(day);
    }

    public static String month(YearMonth month) {
        return month == null ? NONE : patterns().month.format(month);
    }

    public static String seconds(double value) {
        return count(Math.round(value));
    }

    /** The current user's language's locale; English outside a running page. */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        return Language.of(ui == null ? null : ui.getLocale()).locale();
    }

    /** The shop's currency, as the session was given it at its start. */
    public static Currency currency() {
        VaadinSession session = VaadinSession.getCurrent();
        Currency currency = session == null ? null : session.getAttribute(Currency.class);
        return currency == null ? DEFAULT_CURRENCY : currency;
    }

    private static DatePatterns patterns() {
        return Language.of(locale()) == Language.SIMPLIFIED_CHINESE ? DatePatterns.CHINESE : DatePatterns.ENGLISH;
    }

    /** The four ways a page writes a date or time, in one language. */
    private enum DatePatterns {
        ENGLISH("yyyy-MM-dd", "yyyy-MM"),
        CHINESE("y年M月d日", "y年M月");

        private final DateTimeFormatter day;
        private final DateTimeFormatter month;
        private final DateTimeFormatter time;
        private final DateTimeFormatter minute;

        DatePatterns(String day, String month) {
            this.day = DateTimeFormatter.ofPattern(day);
            this.month = DateTimeFormatter.ofPattern(month);
            this.time = DateTimeFormatter.ofPattern(day + " HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
            this.minute = DateTimeFormatter.ofPattern(day + " HH:mm 'UTC'").withZone(ZoneOffset.UTC);
        }
    }
}
