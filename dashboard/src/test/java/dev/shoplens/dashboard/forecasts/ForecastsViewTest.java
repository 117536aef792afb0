package dev.shoplens.dashboard.forecasts;

import static dev.shoplens.dashboard.ComponentTree.byId;
import static dev.shoplens.dashboard.ComponentTree.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import dev.shoplens.dashboard.CurrentUi;
import dev.shoplens.dashboard.chart.EChart;
import dev.shoplens.store.read.CustomerRow;
import dev.shoplens.store.read.ShopReader;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Forecasts page as the server builds it, on 30 scored customers (10 at high churn risk) and one unscored, and
 * the churn versions of {@link CalibrationShop}.
 */
class ForecastsViewTest extends CurrentUi {

    static ShopReader reader;

    @BeforeAll
    static void openStore() {
        reader = CalibrationShop.create().openReader();
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
        assertThat(textOf(view, "kpi-expected-revenue")).isEqualTo("£1,200.00");
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

    @Test
    void showsHowThePastPredictionsTurnedOutFromTheRegistry() {
        ForecastsView view = new ForecastsView(reader);

        assertThat(textOf(view, "calibration-note"))
                .startsWith("From the model registry")
                .contains("version v2 on 100 customers", "2 versions measured");
        @SuppressWarnings("unchecked")
        List<Calibration> versions = ((Grid<Calibration>) byId(view, "calibration-grid"))
                .getListDataView()
                .getItems()
                .toList();
        assertThat(versions)
                .as("newest first; v3 is not tested yet")
                .extracting(Calibration::version)
                .containsExactly(2, 1);
        assertThat(versions.get(0).meanPredicted()).isCloseTo(0.5, within(1e-9));
        assertThat(versions.get(0).observedRate()).isCloseTo(0.45, within(1e-9));
        assertThat(((EChart) byId(view, "calibration-deciles")).getOption())
                .contains(
                        "\"data\":[5.0,15.0,25.0,35.0,45.0,55.0,65.0,75.0,85.0,95.0]",
                        "\"data\":[0.0,10.0,20.0,30.0,40.0,50.0,60.0,70.0,80.0,90.0]");
        assertThat(((EChart) byId(view, "calibration-over-time")).getOption())
                .contains(
                        "[" + CalibrationShop.V1_TRAINED.toEpochMilli() + ",50.0]",
                        "[" + CalibrationShop.V2_TRAINED.toEpochMilli() + ",45.0]");
    }

    @Test
    void exportsEachMeasuredVersionDecileByDecile() {
        String csv = dev.shoplens.dashboard.csv.CsvExport.text(
                CalibrationCsv.HEADER,
                out -> CalibrationCsv.print(
                        out, "churn", Calibration.of(reader.models().versions("churn"))));

        // Two measured versions, ten deciles each; v2's tenth decile predicted 95% on average and saw 9 in 10 churn.
        assertThat(csv.lines()).hasSize(21).first().asString().startsWith("kind,version,trained_at,measured");
        assertThat(csv).contains("churn,2,2026-02-15T00:00:00Z,100,", ",10,10,0.9500,0.9000");
    }

    @Test
    void aKindWithoutMeasuredVersionsSaysSo() {
        ForecastsView view = new ForecastsView(reader);

        @SuppressWarnings("unchecked")
        Select<CalibrationPanel.Kind> kind = (Select<CalibrationPanel.Kind>) byId(view, "calibration-kind");
        kind.setValue(CalibrationPanel.Kind.PURCHASE);
        assertThat(textOf(view, "calibration-note")).isEqualTo("No version has been measured on outcomes yet");
        assertThat(((EChart) byId(view, "calibration-deciles")).getOption()).contains("\"show\":true");
    }

    @Test
    void chineseReadersSeeChineseFiguresAndDates() {
        ui().setLocale(Locale.SIMPLIFIED_CHINESE);
        ForecastsView view = new ForecastsView(reader);

        assertThat(textOf(view, "scores-as-of")).isEqualTo("评分截至 2026年3月2日 10:00:00 UTC");
        assertThat(textOf(view, "kpi-expected-revenue")).isEqualTo("£1,200.00");
        assertThat(textOf(view, "calibration-note")).startsWith("数据来自模型注册表");
    }

    @Test
    void itsAddressNamesTheCalibrationShown() {
        assertThat(ForecastsView.link(CalibrationPanel.Kind.PURCHASE).getPathWithQueryParameters())
                .isEqualTo("forecasts?calibration=purchase");
        assertThat(CalibrationPanel.Kind.named("churn")).contains(CalibrationPanel.Kind.CHURN);
        assertThat(CalibrationPanel.Kind.named("value")).isEmpty();
    }
}
