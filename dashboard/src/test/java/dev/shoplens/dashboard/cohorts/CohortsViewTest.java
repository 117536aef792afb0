package dev.shoplens.dashboard.cohorts;

import static dev.shoplens.dashboard.ComponentTree.byId;
import static dev.shoplens.dashboard.ComponentTree.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import dev.shoplens.dashboard.CurrentUi;
import dev.shoplens.dashboard.chart.EChart;
import dev.shoplens.store.read.ShopReader;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Cohorts page as the server builds it, on two known cohorts. */
class CohortsViewTest extends CurrentUi {

    static ShopReader reader;

    @BeforeAll
    static void openStore() {
        reader = CohortShop.create().openReader();
    }

    @AfterAll
    static void closeStore() {
        reader.close();
    }

    @Test
    void retentionIsTheShareOfTheCohortThatBoughtEachMonthAfter() {
        List<Cohort> cohorts = Cohort.of(reader.cohorts(YearMonth.of(2025, 4)), 12);
        YearMonth march = YearMonth.of(2026, 3);

        Cohort january = cohorts.get(0);
        assertThat(january.month()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(january.size()).isEqualTo(4);
        assertThat(january.retention(1, march)).isEqualTo(0.5);
        assertThat(january.retention(2, march)).isEqualTo(0.25);
        assertThat(january.retention(3, march)).as("April has not come").isNull();
        assertThat(cohorts.get(1).retention(1, march)).isZero();
        assertThat(cohorts.get(1).revenueIn(0, march)).isEqualTo(100.0);
    }

    @Test
    void showsTheCohortsNewestFirstAndTheHeatmap() {
        CohortsView view = new CohortsView(reader);

        @SuppressWarnings("unchecked")
        List<Cohort> rows = ((Grid<Cohort>) byId(view, "cohorts-grid"))
                .getListDataView()
                .getItems()
                .toList();
        assertThat(rows).extracting(c -> c.month().toString()).containsExactly("2026-02", "2026-01");
        assertThat(textOf(view, "cohort-note")).startsWith("6 customers first bought in the last 12 months");
        String option = ((EChart) byId(view, "cohort-heatmap")).getOption();
        assertThat(option).contains("\"data\":[\"2026-01\",\"2026-02\"]", "[0,0,100.0]", "[1,0,50.0]", "[2,0,25.0]");

        ((Select<Measure>) byId(view, "measure-select")).setValue(Measure.REVENUE);
        assertThat(((EChart) byId(view, "cohort-heatmap")).getOption()).contains("[0,1,100.0]", "[2,0,40.0]");
    }
}
