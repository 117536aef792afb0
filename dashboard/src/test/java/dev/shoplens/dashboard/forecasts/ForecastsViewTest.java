package dev.shoplens.dashboard.forecasts;

import static dev.shoplens.dashboard.ComponentTree.byId;
import static dev.shoplens.dashboard.ComponentTree.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import dev.shoplens.dashboard.CurrentUi;
import dev.shoplens.dashboard.chart.EChart;
import dev.shoplens.dashboard.customers.CustomerShop;
import dev.shoplens.store.read.CustomerRow;
import dev.shoplens.store.read.ShopReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Forecasts page as the server builds it, on 30 scored customers (10 at high churn risk) and one unscored. */
class ForecastsViewTest extends CurrentUi {

    static ShopReader reader;

    @BeforeAll
    static void openStore() {
        reader = CustomerShop.create().openReader();
    }

    @AfterAll
    static void closeStore() {
        reader.close();
    }

    @Test
    void summarisesTheScoresAndListsTheAtRiskBiggestSpendersFirst() {
        ForecastsView view = new ForecastsView(reader);

        assertThat(textOf(view, "scores-as-of")).isEqualTo("scores as of 2026-03-02 10:00:00 UTC");
        assertThat(textOf(view, "kpi-scored")).isEqualTo("30");
        assertThat(textOf(view, "kpi-expected-orders")).isEqualTo("30.0");
        assertThat(textOf(view, "kpi-expected-revenue")).isEqualTo("1,200.00");
        assertThat(textOf(view, "kpi-at-risk")).isEqualTo("10");
        assertThat(((EChart) byId(view, "distribution-chart")).getOption())
                .contains("\"data\":[0,10,0,0,10,0,0,0,10,0]", "Purchase within 7 days");
        @SuppressWarnings("unchecked")
        Grid<CustomerRow> grid = (Grid<CustomerRow>) byId(view, "at-risk-grid");
        assertThat(grid.getLazyDataView().getItems().map(CustomerRow::customerId))
                .hasSize(10)
                .startsWith("c30", "c29")
                .endsWith("c21");
    }
}
