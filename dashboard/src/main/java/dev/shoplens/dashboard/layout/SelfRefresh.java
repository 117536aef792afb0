package dev.shoplens.dashboard.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * Makes a view refresh itself while it is on screen: the browser polls every {@code millis} and each poll calls
 * {@code refresh}, which updates the components in place (the user's scroll position, selection and filters stay).
 * When the view leaves, polling stops: other views should not keep the browser polling for a page that is gone.
 */
public final class SelfRefresh {

    private final int millis;
    private final Runnable refresh;
    private Registration polls;

    private SelfRefresh(int millis, Runnable refresh) {
        this.millis = millis;
        this.refresh = refresh;
    }

    public static void install(Component view, int millis, Runnable refresh) {
        SelfRefresh self = new SelfRefresh(millis, refresh);
        view.addAttachListener(event -> self.start(event.getUI()));
        view.addDetachListener(event -> self.stop(event.getUI()));
    }

    private void start(UI ui) {
        removeListener();
        ui.setPollInterval(millis);
        polls = ui.addPollListener(poll -> refresh.run());
    }

    private void stop(UI ui) {
        removeListener();
        ui.setPollInterval(-1);
    }

    private void removeListener() {
        if (polls != null) {
            polls.remove();
            polls = null;
        }
    }
}
