package dev.shoplens.dashboard.i18n;

import java.util.Locale;

/** The dashboard's languages, each named in itself. */
public enum Language {
    ENGLISH(Locale.ENGLISH, "English"),
    SIMPLIFIED_CHINESE(Locale.SIMPLIFIED_CHINESE, "简体中文");

    private final Locale locale;
    private final String name;

    Language(Locale locale, String name) {
        this.locale = locale;
        this.name = name;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name in the language itself, as a menu of languages shows it. */
    public String nativeName() {
        return name;
    }

    /** The language of {@code locale}, English for any other. */
    public static Language of(Locale locale) {
        return locale != null && locale.getLanguage().equals(Locale.CHINESE.getLanguage())
                ? SIMPLIFIED_CHINESE
                : ENGLISH;
    }
}
