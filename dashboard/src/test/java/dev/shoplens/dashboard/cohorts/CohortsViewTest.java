package dev.shoplens.dashboard.cohorts;

import static dev.shoplens.dashboard.ComponentTree.byId;
import static dev.shoplens.dashboard.ComponentTree.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import dev.shoplens.dashboard.CurrentUi;
import dev.shoplens.dashboard.chart.EChart;
import dev.shoplens.dashboard.csv.CsvExport;
import dev.shoplens.store.read.SegmentProfile;
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
        List<Cohort> cohorts = Cohort.of(reader.cohorts().months(YearMonth.of(2025, 4)), 12);
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

    @Test
    void profilesEachSegmentWithItsShare() {
        CohortsView view = new CohortsView(reader);

        @SuppressWarnings("unchecked")
        Grid<SegmentProfile> grid = (Grid<SegmentProfile>) byId(view, "segments-grid");
        List<SegmentProfile> segments = grid.getListDataView().getItems().toList();
        assertThat(segments).extracting(SegmentProfile::name).containsExactly(CohortShop.ONE_OFF, CohortShop.FREQUENT);
        assertThat(segments.get(0).customers()).isEqualTo(4);
        assertThat(segments.get(1).meanOrders()).isEqualTo(2.5);
        assertThat(segments.get(1).totalRevenue()).isEqualTo(110.0);
        SegmentsPanel panel = (SegmentsPanel) byId(view, "segments-panel");
        assertThat(panel.share(segments.get(0))).isEqualTo("66.7%");
        assertThat(panel.share(segments.get(1))).isEqualTo("33.3%");
    }

    @Test
    void movesAreAddedUpPerMonthAndDrawnAsASankey() {
        CohortsView view = new CohortsView(reader);

        @SuppressWarnings("unchecked")
        List<SegmentMoves.Move> moves = ((Grid<SegmentMoves.Move>) byId(view, "segment-moves-grid"))
                .getListDataView()
                .getItems()
                .toList();
        assertThat(moves)
                .as("newest month first, the biggest move first within it; those who stayed left out")
                .containsExactly(
                        new SegmentMoves.Move(YearMonth.of(2026, 3), 2, 1, 1),
                        new SegmentMoves.Move(YearMonth.of(2026, 2), -1, 2, 5),
                        new SegmentMoves.Move(YearMonth.of(2026, 2), -1, 1, 1));
        assertThat(textOf(view, "segment-moves-note")).startsWith("7 moves");
        assertThat(((EChart) byId(view, "segment-sankey")).getOption())
                .contains(
                        "\"type\":\"sankey\"",
                        "{\"source\":\"Newly segmented (before)\",\"target\":\"one-off (after)\",\"value\":5}",
                        "{\"source\":\"one-off (before)\",\"target\":\"frequent, high spend (after)\",\"value\":1}");
    }

    @Test
    void segmentsAndTheirMovesExportWithTheStoredNames() {
        CohortsView view = new CohortsView(reader);
        SegmentsPanel panel = (SegmentsPanel) byId(view, "segments-panel");

        String profiles = CsvExport.text(SegmentCsv.PROFILES_HEADER, out -> SegmentCsv.profiles(out, panel.profiles()));
        String moves = CsvExport.text(SegmentCsv.MOVES_HEADER, out -> SegmentCsv.moves(out, panel.moves()));

        assertThat(profiles.lines()).hasSize(3).first().asString().startsWith("segment_id,segment,customers,");
        assertThat(profiles).contains("2,one-off,4,", "1,\"frequent, high spend\",2,", ",2.50,", ",110.00");
        assertThat(moves.lines()).hasSize(4).first().asString().isEqualTo("month,from_id,from,to_id,to,customers");
        assertThat(moves).contains("2026-03,2,one-off,1,\"frequent, high spend\",1", "2026-02,-1,,2,one-off,5");
    }

    @Test
    void theRfmGridCountsBuyersByScoreAndFollowsTheMeasure() {
        CohortsView view = new CohortsView(reader);

        // Recency: j2, j3 (January) 1; j1, f0, f1 (February) 2; j0 (March) 5. Frequency: one order 1, j1 4, j0 5.
        assertThat(((EChart) byId(view, "rfm-grid")).getOption())
                .contains("[0,0,2.0]", "[0,1,2.0]", "[3,1,1.0]", "[4,4,1.0]");
        ((Select<Measure>) byId(view, "measure-select")).setValue(Measure.REVENUE);
        assertThat(((EChart) byId(view, "rfm-grid")).getOption())
                .contains("[0,0,50.0]", "[0,1,100.0]", "[3,1,35.0]", "[4,4,75.0]");
    }

    @Test
    void chineseReadersSeeChineseMonthsAndWords() {
        ui().setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        CohortsView view = new CohortsView(reader);

        assertThat(textOf(view, "cohort-note")).isEqualTo("过去 12 个月内有 6 位客户首次购买（UTC，事件时间）");
        assertThat(((EChart) byId(view, "cohort-heatmap")).getOption()).contains("\"data\":[\"2026年1月\",\"2026年2月\"]");
        assertThat(textOf(view, "segment-moves-note")).startsWith("共 7 次流动");
    }
}
