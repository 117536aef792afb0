package dev.shoplens.models.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void chineseHasEveryKeyEnglishHas() throws IOException {
        // Checked on the files: a bundle would answer a missing Chinese key from the English one.
        Properties english = load("words.properties");
        Properties chinese = load("words_zh_CN.properties");

        assertThat(english).isNotEmpty();
        assertThat(chinese.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
    }

    @Test
    void chineseForAnyChineseLocaleEnglishForEveryOther() {
        assertThat(Words.of(Locale.TRADITIONAL_CHINESE)).isSameAs(Words.SIMPLIFIED_CHINESE);
        assertThat(Words.of(Locale.GERMAN)).isSameAs(Words.ENGLISH);
        assertThat(Words.of(null)).isSameAs(Words.ENGLISH);
        assertThat(Words.SIMPLIFIED_CHINESE.text("what.churn")).isEqualTo("流失风险");
        assertThat(Words.ENGLISH.text("no.such.key")).isEqualTo("no.such.key");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Words.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
