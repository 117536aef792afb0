package dev.shoplens.dashboard.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void readsTheUsersLanguageWithArguments() {
        assertThat(Texts.of(Locale.SIMPLIFIED_CHINESE, "menu.Customers")).isEqualTo("客户");
        assertThat(Texts.of(Locale.ENGLISH, "menu.Customers")).isEqualTo("Customers");
        assertThat(Texts.of(Locale.SIMPLIFIED_CHINESE, "freshness.asOf", "2026-03-02 10:00:00 UTC", "70"))
                .isEqualTo("截至 2026-03-02 10:00:00 UTC，落后 70 秒");
        assertThat(Texts.of(Locale.GERMAN, "freshness.asOf", "2026-03-02 10:00:00 UTC", "70"))
                .as("any other language reads English")
                .isEqualTo("as of 2026-03-02 10:00:00 UTC, 70 s behind");
    }

    @Test
    void aCountOfOneReadsSingularInEnglish() {
        assertThat(Texts.counted("inventory.status", 1, "1", "0", "1 March 2026"))
                .startsWith("1 product, 0 at risk");
        assertThat(Texts.counted("inventory.status", 2, "2", "1", "1 March 2026"))
                .startsWith("2 products, 1 at risk");
        assertThat(Texts.counted("overview.atRisk.text", 1, "1", "£10.00"))
                .startsWith("1 customer is at high churn risk");
        assertThat(Texts.counted("overview.stock.text", 0, "0")).startsWith("0 products are out of stock");
        assertThat(Texts.counted("cohorts.note", 1, "1", 12)).startsWith("1 customer first bought");
    }

    @Test
    void anUnknownKeyShowsItselfAndOrElseFallsBack() {
        assertThat(Texts.of(Locale.ENGLISH, "no.such.key")).isEqualTo("no.such.key");
        assertThat(Texts.orElse("menu.Unknown", "Unknown")).isEqualTo("Unknown");
    }

    @Test
    void chineseHasEveryKeyEnglishHas() throws IOException {
        Properties english = load("/vaadin-i18n/translations.properties");
        Properties chinese = load("/vaadin-i18n/translations_zh_CN.properties");

        assertThat(english).isNotEmpty();
        assertThat(chinese.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
    }

    @Test
    void aLocaleIsEnglishUnlessChinese() {
        assertThat(Language.of(Locale.TRADITIONAL_CHINESE)).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(Language.of(Locale.FRENCH)).isEqualTo(Language.ENGLISH);
        assertThat(Language.of(null)).isEqualTo(Language.ENGLISH);
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TextsTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
