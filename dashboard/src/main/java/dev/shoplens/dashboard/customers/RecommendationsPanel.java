package dev.shoplens.dashboard.customers;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import dev.shoplens.dashboard.i18n.Figures;
import dev.shoplens.dashboard.i18n.Texts;
import dev.shoplens.dashboard.recommendations.KeptRecommender;
import dev.shoplens.models.recommend.Recommendation;
import java.util.List;

/** The products a customer is most likely to buy next, each with why: what to show them, offer them or mail them. */
final class RecommendationsPanel extends Div {

    private final transient KeptRecommender recommender;
    private final Grid<Recommendation> grid = new Grid<>();

    RecommendationsPanel(KeptRecommender recommender) {
        this.recommender = recommender;
        setId("recommendations");
        grid.setId("recommendations-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> Figures.count(r.rank()))
                .setHeader("#")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Recommendation::productId)
                .setHeader(Texts.of("customers.recommended.product"))
                .setAutoWidth(true);
        grid.addColumn(r -> why(r.why())).setHeader(Texts.of("customers.recommended.why"));
        grid.setAllRowsVisible(true);
        Paragraph note = new Paragraph(Texts.of("customers.recommended.note"));
        note.addClassName("page-note");
        add(new H3(Texts.of("customers.recommended")), note, grid);
    }

    /** Shows {@code customerId}'s list as it is now. */
    void show(String customerId) {
        grid.setItems(recommender.recommend(customerId));
    }

    List<Recommendation> shown() {
        return grid.getListDataView().getItems().toList();
    }

    /** Why, in the reader's language, about the customer (the backtest's words speak to the customer). */
    static String why(Recommendation.Why why) {
        return switch (why.basis()) {
            case OWN -> Texts.counted("customers.recommended.own", why.count(), Figures.count(why.count()));
            case NEIGHBOURS -> Texts.of(
                    "customers.recommended.neighbours", Figures.count(why.count()), Figures.count(why.of()));
            case POPULAR -> Texts.counted(
                    "customers.recommended.popular", why.count(), Figures.count(why.count()), Figures.count(why.of()));
        };
    }
}
