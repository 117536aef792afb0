package dev.shoplens.dashboard.inventory;

import static dev.shoplens.dashboard.ComponentTree.byId;
import static dev.shoplens.dashboard.ComponentTree.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import dev.shoplens.dashboard.audit.AuditTrail;
import dev.shoplens.dashboard.chart.EChart;
import dev.shoplens.inventory.PolicyScope;
import dev.shoplens.store.read.BoughtWith;
import dev.shoplens.store.read.InventoryRow;
import dev.shoplens.store.read.ShopReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Inventory page as the server builds it, on a store of known forecasts and stock. */
class InventoryViewTest {

    ShopReader reader;

    private UI ui;

    @BeforeEach
    void openStore() {
        reader = InventoryShop.create().openReader();
        // The CSV download registers itself with the current UI. Vaadin keeps the current UI by weak reference: hold
        // it here, or a garbage collection between set-up and test leaves no current UI.
        ui = new UI();
        UI.setCurrent(ui);
    }

    @AfterEach
    void closeStore() {
        UI.setCurrent(null);
        reader.close();
    }

    @SuppressWarnings("unchecked")
    static Grid<InventoryRow> grid(InventoryView view) {
        return (Grid<InventoryRow>) byId(view, "inventory-grid");
    }

    @Test
    void listsTheMostUrgentFirstAndChartsTheShop() {
        InventoryView view = new InventoryView(reader.inventory(), "mia", true, AuditTrail.of(reader, "mia"));

        assertThat(grid(view).getLazyDataView().getItems().map(InventoryRow::productId))
                .containsExactly("p1", "p2", "p3");
        assertThat(textOf(view, "inventory-status")).startsWith("3 products, 1 at risk");
        assertThat(textOf(view, "chart-caption")).startsWith("The whole shop");
        assertThat(((EChart) byId(view, "demand-chart")).getOption()).contains("Forecast");
        assertThat(byId(view, "policy-editor").isVisible()).isFalse();
    }

    @Test
    void aChosenProductShowsWhatIsBoughtWithItMostOrdersTogetherFirst() {
        InventoryView view = new InventoryView(reader.inventory(), "mia", true, AuditTrail.of(reader, "mia"));
        BoughtWithPanel panel = (BoughtWithPanel) byId(view, "bought-with");
        assertThat(panel.isVisible()).as("no product chosen").isFalse();

        Grid<InventoryRow> grid = grid(view);
        grid.select(grid.getLazyDataView().getItems().findFirst().orElseThrow());

        assertThat(panel.isVisible()).isTrue();
        assertThat(panel.captionText())
                .isEqualTo("Products in the same orders as p1: 3 orders of the last 90 days of orders had p1");
        // p2 is in all three of p1's orders, and in all four orders: popular, no more (lift 1). p3 is in one of
        // p1's three orders and in one of the four: it goes with p1 (lift 4/3).
        assertThat(panel.shown())
                .extracting(BoughtWith::productId, BoughtWith::ordersTogether)
                .containsExactly(tuple("p2", 3L), tuple("p3", 1L));
        assertThat(panel.shown().get(1).lift()).isCloseTo(4.0 / 3, within(1e-9));

        grid.deselectAll();
        assertThat(panel.isVisible()).isFalse();
    }

    @Test
    void selectingAProductChartsItAndAMerchandiserSavesItsLeadTime() {
        InventoryView view = new InventoryView(reader.inventory(), "mia", true, AuditTrail.of(reader, "mia"));
        Grid<InventoryRow> grid = grid(view);

        grid.select(grid.getLazyDataView().getItems().findFirst().orElseThrow());
        assertThat(textOf(view, "chart-caption")).startsWith("Product p1");
        assertThat(((EChart) byId(view, "demand-chart")).getOption()).contains("reorder point 21");
        assertThat(textOf(view, "policy-note")).contains("default");

        ((IntegerField) byId(view, "lead-time")).setValue(3);
        ((Button) byId(view, "save-policy")).click();

        InventoryRow p1 = grid.getLazyDataView()
                .getItems()
                .filter(r -> r.productId().equals("p1"))
                .findFirst()
                .orElseThrow();
        assertThat(p1.setting().policy().leadTimeDays()).isEqualTo(3);
        assertThat(p1.setting().scope()).isEqualTo(PolicyScope.PRODUCT);
        assertThat(p1.setting().changedBy()).isEqualTo("mia");
        assertThat(textOf(view, "policy-note")).contains("by mia");
        assertThat(reader.auditLog().entries(0, 1)).singleElement().satisfies(entry -> {
            assertThat(entry.user()).isEqualTo("mia");
            assertThat(entry.action()).isEqualTo(AuditTrail.POLICY);
            assertThat(entry.detail()).startsWith("product p1: lead time 3 days");
        });
    }

    @Test
    void managersSeeTheSettingsButCannotSave() {
        InventoryView view = new InventoryView(reader.inventory(), "max", false, AuditTrail.of(reader, "max"));
        Grid<InventoryRow> grid = grid(view);
        grid.select(grid.getLazyDataView().getItems().findFirst().orElseThrow());

        assertThat(byId(view, "save-policy").isVisible()).isFalse();
        assertThat(((IntegerField) byId(view, "lead-time")).isReadOnly()).isTrue();
    }
}
