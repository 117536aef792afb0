package dev.shoplens.dashboard.cohorts;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import dev.shoplens.dashboard.chart.EChart;
import dev.shoplens.dashboard.i18n.Texts;
import dev.shoplens.store.read.RfmCell;
import java.util.List;

/**
 * The RFM grid: the customers who have bought by recency and frequency score ({@value #SCORES} each, 5 the most recent
 * or most frequent fifth), coloured by how many they are or by what they have spent, as the page's measure says.
 */
final class RfmPanel extends Div {

    static final int SCORES = 5;

    private final Span note = new Span();
    private final EChart grid = new EChart();
    private volatile List<RfmCell> cells = List.of();

    RfmPanel() {
        setId("rfm-panel");
        note.setId("rfm-note");
        note.addClassName("page-note");
        grid.setId("rfm-grid");
        grid.setHeight("360px");
        add(new H3(Texts.of("cohorts.rfm")), note, grid);
    }

    void show(List<RfmCell> rfm, Measure measure) {
        cells = rfm;
        note.setText(Texts.of("cohorts.rfm.note", SCORES));
        draw(measure);
    }

    void draw(Measure measure) {
        grid.setOption(RfmOption.of(
                cells,
                SCORES,
                measure,
                new RfmOption.Labels(
                        Texts.of("cohorts.rfm.recency"),
                        Texts.of("cohorts.rfm.frequency"),
                        Texts.of("cohorts.rfm.empty"))));
    }
}
