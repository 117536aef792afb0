package dev.shoplens.dashboard.inventory;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import dev.shoplens.dashboard.i18n.Figures;
import dev.shoplens.dashboard.i18n.Texts;
import dev.shoplens.store.read.BoughtWith;
import dev.shoplens.store.read.InventoryPlanning;
import java.util.List;

/**
 * What the chosen product is bought with: for cross-selling, bundles and placing products side by side, and for
 * reordering a product together with what sells with it. Read from the stored order lines each time a product is
 * chosen (and at the page's refresh), so an order the job has just written counts.
 */
final class BoughtWithPanel extends Div {

    /** The window of orders: a quarter, recent enough to follow the range, long enough for a slow product. */
    static final int DAYS = 90;

    static final int PRODUCTS = 10;

    private final transient InventoryPlanning planning;
    private final Span caption = new Span();
    private final Grid<BoughtWith> grid = new Grid<>();

    BoughtWithPanel(InventoryPlanning planning) {
        this.planning = planning;
        setId("bought-with");
        addClassName("bought-with");
        caption.setId("bought-with-caption");
        grid.setId("bought-with-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(BoughtWith::productId)
                .setHeader(Texts.of("inventory.boughtWith.product"))
                .setAutoWidth(true);
        grid.addColumn(b -> Figures.count(b.ordersTogether())).setHeader(Texts.of("inventory.boughtWith.orders"));
        grid.addColumn(b -> Figures.percent(b.share())).setHeader(Texts.of("inventory.boughtWith.share"));
        grid.addColumn(b -> Figures.decimal(b.lift(), 1)).setHeader(Texts.of("inventory.boughtWith.lift"));
        grid.setAllRowsVisible(true);
        add(new H3(Texts.of("inventory.boughtWith.title")), caption, grid);
        setVisible(false);
    }

    /** Shows what {@code productId} is bought with; no product, nothing shown. */
    void show(String productId) {
        if (productId == null) {
            setVisible(false);
            grid.setItems(List.of());
            return;
        }
        List<BoughtWith> together = planning.boughtWith(productId, DAYS, PRODUCTS);
        grid.setItems(together);
        grid.setVisible(!together.isEmpty());
        caption.setText(
                together.isEmpty()
                        ? Texts.of("inventory.boughtWith.none", productId, DAYS)
                        : Texts.of(
                                "inventory.boughtWith.caption",
                                productId,
                                Figures.count(together.get(0).ordersWithProduct()),
                                DAYS));
        setVisible(true);
    }

    List<BoughtWith> shown() {
        return grid.getListDataView().getItems().toList();
    }

    String captionText() {
        return caption.getText();
    }
}
