package dev.shoplens.dashboard.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.security.Principal;
import org.springframework.stereotype.Component;

/** Gives every new page (UI) the signed-in user's language before any view is built. */
@Component
class UserLanguage implements VaadinServiceInitListener {

    private final LanguagePreferences preferences;

    UserLanguage(LanguagePreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            Principal user = request == null ? null : request.getUserPrincipal();
            init.getUI()
                    .setLocale(
                            preferences.of(user == null ? null : user.getName()).locale());
        });
    }
}
