package dev.shoplens.dashboard.i18n;

import com.vaadin.flow.component.UI;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The dashboard's words in the current user's language, from {@code vaadin-i18n/translations*.properties} (English
 * the base, so a key missing in another language reads in English). Read directly rather than through Vaadin's
 * provider so that a view built outside a running application (a unit test) reads English.
 */
public final class Texts {

    static final String BUNDLE = "vaadin-i18n/translations";

    private Texts() {}

    /** {@code key} in the current UI's language, with {@code args} in its {0}, {1} places. */
    public static String of(String key, Object... args) {
        UI ui = UI.getCurrent();
        return of(ui == null ? Locale.ENGLISH : ui.getLocale(), key, args);
    }

    public static String of(Locale locale, String key, Object... args) {
        Locale language = Language.of(locale).locale();
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(
                            BUNDLE,
                            language,
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, language).format(args);
    }

    /**
     * {@code key.one} or {@code key.many} as {@code count} is 1 or not (English says "1 customer", "2 customers"; a
     * language without plurals gives both keys the same words), with {@code args} in its places.
     */
    public static String counted(String key, long count, Object... args) {
        return of(key + (count == 1 ? ".one" : ".many"), args);
    }

    /** {@code key} if the bundle has it, else {@code fallback}: for names that come from annotations. */
    public static String orElse(String key, String fallback) {
        String text = of(key);
        return text.equals(key) ? fallback : text;
    }
}
