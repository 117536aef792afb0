package dev.shoplens.dashboard.layout;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many times faster than real time the shop's clock runs ({@code shoplens.dashboard.shop-clock-speed}): 1 for a
 * real shop; the demo's simulated shop runs at 60 by default. Freshness is measured in the shop's time, so at 60x a
 * lag of 1,328 s is 22 s a person would wait: the badge says the latter. Checked at start-up; every new session is
 * given it.
 */
@Component
public class ShopClockSpeed implements VaadinServiceInitListener {

    static final String PROPERTY = "shoplens.dashboard.shop-clock-speed";

    /** What a session is given. */
    public record Speed(double timesRealTime) {}

    private final Speed speed;

    ShopClockSpeed(@Value("${" + PROPERTY + ":1}") double timesRealTime) {
        if (!(timesRealTime > 0) || Double.isInfinite(timesRealTime)) {
            throw new IllegalArgumentException("set " + PROPERTY + " to a positive number, not " + timesRealTime);
        }
        this.speed = new Speed(timesRealTime);
    }

    /** The current session's shop clock speed; 1 outside a session (a view built in a unit test). */
    public static double current() {
        VaadinSession session = VaadinSession.getCurrent();
        Speed speed = session == null ? null : session.getAttribute(Speed.class);
        return speed == null ? 1 : speed.timesRealTime();
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setAttribute(Speed.class, speed));
    }
}
