package dev.shoplens.dashboard.security;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.HttpStatusCode;
import dev.shoplens.dashboard.i18n.Texts;
import dev.shoplens.dashboard.layout.MainLayout;
import dev.shoplens.dashboard.overview.OverviewView;
import jakarta.annotation.security.PermitAll;

/**
 * What a signed-in user sees on a page their role may not open: that they cannot open it, why, and a way back, inside
 * the usual layout, whose menu offers the pages they may open. (Vaadin's default answer was "Could not navigate to
 * 'customers'".) Users who are not signed in never get here: they are sent to the login page.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NoAccessView extends Div implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        setId("no-access");
        add(
                new H2(Texts.of("noAccess.title")),
                new Paragraph(Texts.of("noAccess.text", event.getLocation().getPath())),
                new RouterLink(Texts.of("noAccess.back"), OverviewView.class));
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
