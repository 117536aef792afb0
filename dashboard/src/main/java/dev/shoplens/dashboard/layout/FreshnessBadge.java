package dev.shoplens.dashboard.layout;

import com.vaadin.flow.component.html.Span;
import dev.shoplens.dashboard.i18n.Figures;
import dev.shoplens.dashboard.i18n.Texts;
import dev.shoplens.store.read.Freshness;

/**
 * How current the figures are: the event time the stored results reflect and how far that is behind the newest
 * accepted event. Event time, not wall clock, so a replay of old data does not look stale.
 */
public class FreshnessBadge extends Span {

    public static final String WAITING_FOR_EVENTS = "waiting for the first events";
    static final String WAITING_FOR_RESULTS = "waiting for the first results";
    static final String UNAVAILABLE = "store not readable, retrying";

    public FreshnessBadge() {
        setId("freshness-badge");
        addClassName("freshness-badge");
        show(Freshness.NONE);
    }

    public void show(Freshness freshness) {
        show(freshness, ShopClockSpeed.current());
    }

    /**
     * As {@link #show(Freshness)}, for a shop whose clock runs {@code clockSpeed} times faster than real time: the lag
     * is said in the seconds a person waits, and that the clock runs faster.
     */
    public void show(Freshness freshness, double clockSpeed) {
        if (freshness.newestEventTime() == null) {
            state(Texts.of("freshness.waitingForEvents"), "waiting", null);
        } else if (freshness.resultsAsOf() == null || freshness.eventTimeLagSeconds() == null) {
            state(
                    Texts.of("freshness.waitingForResults"),
                    "waiting",
                    Texts.of("freshness.newestEvent", Figures.time(freshness.newestEventTime())));
        } else {
            String asOf = Figures.time(freshness.resultsAsOf());
            String behind = Figures.seconds(freshness.eventTimeLagSeconds() / clockSpeed);
            String text = clockSpeed == 1
                    ? Texts.of("freshness.asOf", asOf, behind)
                    : Texts.of(
                            "freshness.asOf.fasterClock",
                            asOf,
                            behind,
                            Figures.decimal(clockSpeed, clockSpeed == Math.rint(clockSpeed) ? 0 : 1));
            state(text, null, tooltip(freshness));
        }
    }

    public void showUnavailable() {
        state(Texts.of("freshness.unavailable"), "unavailable", null);
    }

    private static String tooltip(Freshness freshness) {
        String tooltip = Texts.of(
                "freshness.tooltip", Figures.time(freshness.resultsAsOf()), Figures.time(freshness.newestEventTime()));
        return freshness.wallClockLagSeconds() == null
                ? tooltip
                : tooltip + Texts.of("freshness.tooltip.written", Figures.seconds(freshness.wallClockLagSeconds()));
    }

    /**
     * Shows {@code text}, marked {@code "waiting"} or {@code "unavailable"} (or neither: null), with a tooltip when
     * not null: for figures read from elsewhere than the store (Flink), which say their freshness the same way.
     */
    public void state(String text, String className, String tooltip) {
        setText(text);
        setClassName("waiting", "waiting".equals(className));
        setClassName("unavailable", "unavailable".equals(className));
        if (tooltip == null) {
            getElement().removeAttribute("title");
        } else {
            getElement().setAttribute("title", tooltip);
        }
    }
}
