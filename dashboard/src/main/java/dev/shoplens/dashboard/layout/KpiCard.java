package dev.shoplens.dashboard.layout;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.shoplens.dashboard.i18n.Figures;

/**
 * One headline figure: a label, the value (with a stable id for tests and scripts), a short hint and, where there is
 * one, the same figure a week before ({@code <id>-compare}).
 */
public class KpiCard extends Div {

    private final Span value = new Span(Figures.NONE);
    private final Span comparison = new Span();

    public KpiCard(String valueId, String label, String hint) {
        addClassName("kpi-card");
        value.setId(valueId);
        value.addClassName("kpi-value");
        comparison.setId(valueId + "-compare");
        comparison.addClassName("kpi-compare");
        add(span("kpi-label", label), value, span("kpi-hint", hint), comparison);
    }

    public void setComparison(String text) {
        comparison.setText(text);
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
