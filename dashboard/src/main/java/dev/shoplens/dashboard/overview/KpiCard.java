package dev.shoplens.dashboard.overview;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** One headline figure: a label, the value (with a stable id for tests and scripts) and a short hint. */
public class KpiCard extends Div {

    private final Span value = new Span(Figures.NONE);

    public KpiCard(String valueId, String label, String hint) {
        addClassName("kpi-card");
        value.setId(valueId);
        value.addClassName("kpi-value");
        add(span("kpi-label", label), value, span("kpi-hint", hint));
    }

    public void setValue(String text) {
        value.setText(text);
    }

    String getValue() {
        return value.getText();
    }

    private static Span span(String className, String text) {
        Span span = new Span(text);
        span.addClassName(className);
        return span;
    }
}
