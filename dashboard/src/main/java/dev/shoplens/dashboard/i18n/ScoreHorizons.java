package dev.shoplens.dashboard.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import dev.shoplens.models.labels.Horizons;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How far ahead the purchase and churn scores look, for the words that name them ("buys within 7 days"): the job's
 * {@code models.purchaseDays} and {@code models.churnDays}, which {@code bin/shoplens dashboard} and {@code run} pass
 * as {@code shoplens.models.purchase-days} and {@code .churn-days} (the defaults unless set). Checked at start-up;
 * every new session is given them, as it is the currency.
 */
@Component
public class ScoreHorizons implements VaadinServiceInitListener {

    public static final String PURCHASE_DAYS = "shoplens.models.purchase-days";
    public static final String CHURN_DAYS = "shoplens.models.churn-days";

    private static final Days DEFAULTS =
            new Days((int) Horizons.defaults().purchase().toDays(), (int)
                    Horizons.defaults().churn().toDays());

    private final Days days;

    ScoreHorizons(
            @Value("${" + PURCHASE_DAYS + ":#{null}}") Integer purchaseDays,
            @Value("${" + CHURN_DAYS + ":#{null}}") Integer churnDays) {
        this.days = new Days(
                purchaseDays == null ? DEFAULTS.purchase() : purchaseDays,
                churnDays == null ? DEFAULTS.churn() : churnDays);
    }

    /** The purchase and churn horizons in whole days. */
    public record Days(int purchase, int churn) {
        public Days {
            if (purchase < 1 || churn < 1) {
                throw new IllegalArgumentException("set " + PURCHASE_DAYS + " and " + CHURN_DAYS
                        + " to whole days, at least 1 (were " + purchase + " and " + churn + ")");
            }
        }
    }

    Days days() {
        return days;
    }

    /** The horizons the session was given at its start; the defaults outside a session (a view in a unit test). */
    public static Days current() {
        VaadinSession session = VaadinSession.getCurrent();
        Days days = session == null ? null : session.getAttribute(Days.class);
        return days == null ? DEFAULTS : days;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setAttribute(Days.class, days));
    }
}
