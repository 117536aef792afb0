package dev.shoplens.dashboard.i18n;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Each user's chosen language, by user name, for as long as the dashboard runs: it follows the user into every new
 * tab and sign-in, rather than the browser's language. English until chosen.
 */
@Component
public class LanguagePreferences {

    private final Map<String, Language> byUser = new ConcurrentHashMap<>();

    public Language of(String user) {
        return user == null ? Language.ENGLISH : byUser.getOrDefault(user, Language.ENGLISH);
    }

    public void set(String user, Language language) {
        byUser.put(user, language);
    }
}
