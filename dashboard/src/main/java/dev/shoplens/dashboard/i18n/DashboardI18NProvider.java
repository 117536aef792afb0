package dev.shoplens.dashboard.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** Vaadin's access to the dashboard's words ({@code getTranslation} in components), the same as {@link Texts}. */
@Component
class DashboardI18NProvider implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return Stream.of(Language.values()).map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Texts.of(locale, key, params);
    }
}
