package dev.shoplens.dashboard.models;

import static dev.shoplens.dashboard.ComponentTree.byId;
import static dev.shoplens.dashboard.ComponentTree.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import dev.shoplens.dashboard.CurrentUi;
import dev.shoplens.dashboard.chart.EChart;
import dev.shoplens.dashboard.csv.CsvExport;
import dev.shoplens.store.read.ModelSummary;
import dev.shoplens.store.read.ShopReader;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Models page as the server builds it, on a registry of three churn versions with a real model. */
class ModelsViewTest extends CurrentUi {

    static ShopReader reader;

    @BeforeAll
    static void openStore() {
        reader = ModelShop.create().openReader();
    }

    @AfterAll
    static void closeStore() {
        reader.close();
    }

    @SuppressWarnings("unchecked")
    static List<ModelSummary> rows(ModelsView view) {
        return ((Grid<ModelSummary>) byId(view, "versions-grid"))
                .getLazyDataView()
                .getItems()
                .toList();
    }

    static List<String> weights(ModelsView view) {
        return byId(view, "feature-weights")
                .getChildren()
                .map(item -> ((ListItem) item).getText())
                .toList();
    }

    @Test
    void showsEveryVersionNewestFirstAndWhichServes() {
        ModelsView view = new ModelsView(reader);

        assertThat(rows(view)).extracting(ModelSummary::version).containsExactly(3, 2, 1);
        assertThat(textOf(view, "serving-version"))
                .isEqualTo("v2 serves, trained at 2026-03-08 00:00:00 UTC on 2,000 rows, AUC 0.840, log loss 0.420");
        String chart = ((EChart) byId(view, "metrics-chart")).getOption();
        assertThat(chart).contains("\"name\":\"AUC\"", "\"name\":\"v3\"", "\"borderWidth\":2", "0.79");
    }

    @Test
    void saysWhatTheServingVersionLearntInWords() {
        ModelsView view = new ModelsView(reader);

        assertThat(weights(view)).hasSize(dev.shoplens.models.features.ModelFeatures.ALL.size());
        assertThat(weights(view).get(0)).startsWith("More days since the last order raises the churn risk");
    }

    @Test
    void weightsAndChartReadInChineseForAUserWhoChoseIt() {
        ui().setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        ModelsView view = new ModelsView(reader);

        assertThat(weights(view).get(0)).matches("距上次下单的天数越多，(大幅|略微)?提高流失风险（\\+\\d\\.\\d\\d）");
        assertThat(weights(view)).noneMatch(w -> w.matches(".*[a-z]{3,}.*"));
        assertThat(((EChart) byId(view, "metrics-chart")).getOption())
                .contains("\"name\":\"对数损失\"")
                .doesNotContain("log loss", "Log loss");
    }

    @Test
    void anotherKindWithoutVersionsSaysSo() {
        ModelsView view = new ModelsView(reader);
        ((Select<String>) byId(view, "kind-select")).setValue("purchase");

        assertThat(rows(view)).isEmpty();
        assertThat(textOf(view, "serving-version")).isEqualTo("No version trained yet.");
        assertThat(weights(view)).containsExactly("No version serves yet.");
        assertThat(((EChart) byId(view, "metrics-chart")).getOption()).contains("No version measured yet");
    }

    @Test
    void exportsTheVersionsWithTheirFigures() {
        String csv = CsvExport.text(
                VersionCsv.HEADER, out -> VersionCsv.print(out, reader.models().versions("churn")));

        assertThat(csv.lines()).hasSize(4).first().asString().startsWith("kind,version,parent,trained_at");
        assertThat(csv).contains("churn,2,1,2026-03-08T00:00:00Z,2026-03-08T00:00:05Z,2000,false,true,true,0.8400");
    }

    @Test
    void exportsTheNightlyComparisonAndTheRetrainRunsAsStored() {
        String nights = CsvExport.text(
                RetrainCsv.NIGHTS_HEADER,
                out -> RetrainCsv.nights(out, reader.models().championChallenger("purchase")));
        String runs = CsvExport.text(
                RetrainCsv.RUNS_HEADER,
                out -> RetrainCsv.runs(out, reader.models().retrainRuns("purchase_lstm", 60)));

        assertThat(nights.lines())
                .hasSize(3)
                .first()
                .asString()
                .isEqualTo("night,customers,logistic_auc,lstm_auc,serves,why");
        assertThat(nights)
                .contains("2026-03-02,1100,0.8010,0.8230,lstm,not worse than the logistic model by the margins");
        assertThat(runs.lines()).hasSize(3);
        assertThat(runs)
                .contains("purchase_lstm,2026-03-02T02:00:00Z,2026-03-02T00:00:00Z,promoted,1,7,0.2900,950.0,120.5,"
                        + "first version")
                .contains(",failed,,,,,0.8,an order amount is not a number");
    }

    @Test
    void theNightlyDemandForestSaysHowItScoredAndListsItsRuns() {
        ModelsView view = new ModelsView(reader);
        ((Select<String>) byId(view, "kind-select")).setValue("demand_forest");

        assertThat(weights(view))
                .hasSize(3)
                .element(1)
                .isEqualTo("On the last 28 days held out: WAPE 1.075 for the forest, 1.137 for the streaming forecasts,"
                        + " 1.050 for what each product now gets.");
        assertThat(weights(view).get(2)).startsWith("The forest serves 778 of 3,916 products");
        assertThat(byId(view, "retrain-runs-panel").isVisible()).isTrue();
        assertThat(byId(view, "champion-panel").isVisible()).isFalse();
        @SuppressWarnings("unchecked")
        List<dev.shoplens.scores.RetrainRun> runs = ((Grid<dev.shoplens.scores.RetrainRun>)
                        byId(view, "retrain-runs-grid"))
                .getLazyDataView()
                .getItems()
                .toList();
        assertThat(runs).extracting(dev.shoplens.scores.RetrainRun::outcome).containsExactly("refitted");
    }

    @Test
    void statesAndFitsReadInChinese() {
        ui().setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        ModelsView view = new ModelsView(reader);

        assertThat(rows(view)).extracting(ModelsView::state).containsExactly("未晋升", "在用", "已晋升");
        assertThat(rows(view)).extracting(ModelsView::fit).contains("从 v1 热启动", "完整重训");
    }
}
