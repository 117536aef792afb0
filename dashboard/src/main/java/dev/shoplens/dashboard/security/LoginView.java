package dev.shoplens.dashboard.security;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.shoplens.dashboard.DashboardApplication;
import dev.shoplens.dashboard.i18n.Texts;
import org.springframework.core.env.Environment;

/** Sign-in. The form posts to Spring Security's {@code /login}; a failed attempt comes back as {@code ?error}. */
@Route("login")
@PageTitle("Sign in · ShopLens")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    static final String DEMO_NOTE =
            "Demo users: manager, merchandiser, engineer, admin — each with its name as password.";

    private final LoginForm form = new LoginForm();

    public LoginView(Environment environment, LoginThrottle.Settings throttle) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(withThrottleInError(throttle));
        add(new H1("ShopLens"), form);
        if (environment.matchesProfiles(DashboardApplication.DEMO_PROFILE)) {
            add(demoNote());
        }
    }

    /** The error says how the throttle works, the same for a wrong password and a paused name: it tells no secret. */
    private static LoginI18n withThrottleInError(LoginThrottle.Settings throttle) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(Texts.of("login.error.title"));
        error.setMessage(Texts.of(
                "login.error.message", throttle.maxFailures(), throttle.pause().toMinutes()));
        return i18n;
    }

    private static Paragraph demoNote() {
        Paragraph note = new Paragraph(DEMO_NOTE);
        note.setId("demo-users-note");
        note.addClassName("demo-note");
        return note;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
