package dev.shoplens.models.words;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The models' words in one language, from {@code words*.properties} next to this class: how reasons, weights,
 * changes and segment traits read. English is the base, so a key missing in another language reads in English.
 * One table for every reader (the dashboard, the command line, the retrain), so no sentence is phrased twice.
 */
public final class Words {

    static final String BUNDLE = "dev.shoplens.models.words.words";

    /** The languages with words of their own; any other locale reads English. */
    public static final Words ENGLISH = new Words(Locale.ENGLISH);

    public static final Words SIMPLIFIED_CHINESE = new Words(Locale.SIMPLIFIED_CHINESE);

    private final Locale locale;
    private final ResourceBundle bundle;
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    private Words(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Chinese for any Chinese locale, English for every other (and for null). */
    public static Words of(Locale locale) {
        return locale != null && locale.getLanguage().equals(Locale.CHINESE.getLanguage())
                ? SIMPLIFIED_CHINESE
                : ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text of {@code key} as it stands (no arguments); the key itself where the table has none. */
    public String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** {@code key}'s pattern with {@code args} in its {0}, {1} places (MessageFormat). */
    public String format(String key, Object... args) {
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(text(k), locale));
        synchronized (format) { // MessageFormat is not thread-safe, and the dashboard serves many users at once
            return format.format(args);
        }
    }
}
