package dev.shoplens.dashboard.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.shoplens.dashboard.i18n.Language;
import dev.shoplens.dashboard.i18n.LanguagePreferences;
import dev.shoplens.dashboard.i18n.Texts;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every signed-in page: the navigation in the drawer, the user and sign-out in the top bar.
 * The navigation is built from the views' {@code @Menu} annotations, filtered by what the user may open, so a new
 * page needs only {@code @Menu} (and {@code @RolesAllowed} if it is not for everyone), no change here.
 */
@PermitAll
public class MainLayout extends AppLayout {

    private final transient AuthenticationContext authentication;
    private final transient LanguagePreferences languages;

    public MainLayout(AuthenticationContext authentication, LanguagePreferences languages) {
        this.authentication = authentication;
        this.languages = languages;
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), spacer(), languageChoice(), userName(), logoutButton());
        addToDrawer(brand(), navigation());
    }

    private static Component brand() {
        Span brand = new Span("ShopLens");
        brand.addClassName("brand");
        return brand;
    }

    private static SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            nav.addItem(navItem(entry));
        }
        return nav;
    }

    private static SideNavItem navItem(MenuEntry entry) {
        String title = Texts.orElse("menu." + entry.title(), entry.title());
        return entry.icon() == null || entry.icon().isBlank()
                ? new SideNavItem(title, entry.path())
                : new SideNavItem(title, entry.path(), new Icon(entry.icon()));
    }

    /** The user's language: kept for the user, and the page is built again in it. */
    private Component languageChoice() {
        Select<Language> choice = new Select<>();
        choice.setId("language");
        choice.setItems(Language.values());
        choice.setItemLabelGenerator(Language::nativeName);
        choice.setValue(Language.of(UI.getCurrent().getLocale()));
        choice.addThemeName("small");
        choice.setWidth("9em");
        choice.addValueChangeListener(change -> {
            authentication.getPrincipalName().ifPresent(user -> languages.set(user, change.getValue()));
            UI.getCurrent().setLocale(change.getValue().locale());
            UI.getCurrent().getPage().reload();
        });
        return choice;
    }

    private static Component spacer() {
        Div spacer = new Div();
        spacer.addClassName("navbar-spacer");
        return spacer;
    }

    private Component userName() {
        Span name = new Span(authentication.getPrincipalName().orElse(""));
        name.setId("current-user");
        name.addClassName("current-user");
        return name;
    }

    private Component logoutButton() {
        Button logout =
                new Button(Texts.of("layout.signOut"), VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return logout;
    }
}
