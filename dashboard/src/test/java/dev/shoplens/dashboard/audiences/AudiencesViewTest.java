package dev.shoplens.dashboard.audiences;

import static dev.shoplens.dashboard.ComponentTree.byId;
import static dev.shoplens.dashboard.ComponentTree.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.shoplens.audiences.Audience;
import dev.shoplens.audiences.AudienceChange;
import dev.shoplens.dashboard.TestShop;
import dev.shoplens.dashboard.audit.AuditTrail;
import dev.shoplens.dashboard.chart.EChart;
import dev.shoplens.dashboard.csv.CsvExport;
import dev.shoplens.dashboard.recommendations.KeptRecommender;
import dev.shoplens.orders.OrderLineRow;
import dev.shoplens.orders.OrderRow;
import dev.shoplens.scores.CustomerScore;
import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.store.read.ShopReader;
import dev.shoplens.store.write.ResultWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Audiences page as the server builds it, on a store where the job has put two customers in an audience. */
class AudiencesViewTest {

    static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    ShopReader reader;
    List<String> audited = new ArrayList<>();
    private UI ui;

    @BeforeEach
    void openStore() {
        DuckDbSettings store = TestShop.emptyStore();
        try (ResultWriter writer = store.openWriter()) {
            writer.writeCustomerScores(
                    List.of(score("c1", 0.8, 300.0), score("c2", 0.7, 120.0), score("c3", 0.1, 9.0)));
            writer.writeAudienceChanges(List.of(
                    new AudienceChange("at-risk", 1, "c1", 1, true, T, 0.8, 0.1, 300.0, "lapsed"),
                    new AudienceChange("at-risk", 1, "c2", 1, true, T, 0.7, 0.1, 120.0, "lapsed")));
            // c1 bought a mug; c2, who buys like c1, a mug and a tray: c1's list is the mug, then the tray.
            writer.writeOrders(List.of(
                    new OrderRow("e1", "o1", "c1", T.minusSeconds(3600), "purchase", 1, 5.0),
                    new OrderRow("e2", "o2", "c2", T.minusSeconds(1800), "purchase", 2, 9.0)));
            writer.writeOrderLines(List.of(
                    new OrderLineRow("e1", "o1", 0, "mug", T.minusSeconds(3600), "purchase", 1, 5.0),
                    new OrderLineRow("e2", "o2", 0, "mug", T.minusSeconds(1800), "purchase", 1, 5.0),
                    new OrderLineRow("e2", "o2", 1, "tray", T.minusSeconds(1800), "purchase", 1, 4.0)));
        }
        reader = store.openReader();
        reader.audiences().save(Audience.define("At risk", "churn_risk >= 60%", "mia", T));
        ui = new UI();
        UI.setCurrent(ui);
    }

    @AfterEach
    void closeStore() {
        UI.setCurrent(null);
        reader.close();
    }

    AudiencesView view() {
        return new AudiencesView(
                reader.audiences(),
                new KeptRecommender(reader),
                "mia",
                (action, detail) -> audited.add(action + " " + detail));
    }

    @SuppressWarnings("unchecked")
    static Grid<AudiencesView.Row> audiences(AudiencesView view) {
        return (Grid<AudiencesView.Row>) byId(view, "audiences-grid");
    }

    @Test
    void listsEachAudienceWithItsSizeAndOpensItsMembersLargestValueFirst() {
        AudiencesView view = view();
        List<AudiencesView.Row> rows =
                audiences(view).getListDataView().getItems().toList();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).size().customers()).isEqualTo(2);
        assertThat(rows.get(0).size().expectedRevenue90d()).isEqualTo(420.0);

        audiences(view).select(rows.get(0));

        @SuppressWarnings("unchecked")
        Grid<dev.shoplens.store.audiences.AudienceBook.Member> members =
                (Grid<dev.shoplens.store.audiences.AudienceBook.Member>) byId(view, "members-grid");
        assertThat(members.getListDataView().getItems().map(m -> m.customerId()))
                .containsExactly("c1", "c2");
        assertThat(((TextArea) byId(view, "audience-rule")).getValue()).isEqualTo("churn_risk >= 60%");
        // Both came in on 2026-03-01 (epoch day 20513), with 300 and 120 of expected revenue.
        assertThat(((EChart) byId(view, "audience-chart")).getOption())
                .contains("\"name\":\"Members\"", "[1772323200000,2.0]", "[1772323200000,420.0]");
        String csv = CsvExport.text(
                AudiencesView.MEMBERS_CSV,
                out -> AudienceCsv.members(
                        out, reader.audiences().members("at-risk", 10), new KeptRecommender(reader)::recommend));
        assertThat(csv.lines().toList())
                .startsWith(String.join(",", AudiencesView.MEMBERS_CSV))
                .contains(
                        "c1,2026-03-01T10:00:00Z,1,0.8000,0.1000,300.00,lapsed,,mug;tray",
                        "c2,2026-03-01T10:00:00Z,1,0.7000,0.1000,120.00,lapsed,,mug;tray");
    }

    @Test
    void aManagerDefinesAnAudienceChangesItsRuleAndEndsItEachAVersionInTheAuditLog() {
        AudiencesView view = view();
        ((TextField) byId(view, "audience-name")).setValue("Big spenders");
        ((TextArea) byId(view, "audience-rule")).setValue("spent_total >= 1000");
        ((Button) byId(view, "save-audience")).click();
        assertThat(textOf(view, "audience-note")).contains("Saved version 1 of \"Big spenders\"");

        ((TextArea) byId(view, "audience-rule")).setValue("spent_total >= 2000");
        ((Button) byId(view, "save-audience")).click();
        assertThat(reader.audiences().current("big-spenders").orElseThrow().rule())
                .isEqualTo("spent_total >= 2000");

        ((Button) byId(view, "end-audience")).click();
        assertThat(reader.audiences().current("big-spenders").orElseThrow().active())
                .isFalse();
        assertThat(audited)
                .containsExactly(
                        AuditTrail.AUDIENCE + " big-spenders v1: spent_total >= 1000",
                        AuditTrail.AUDIENCE + " big-spenders v2: spent_total >= 2000",
                        AuditTrail.AUDIENCE + " big-spenders v3: ended");
    }

    @Test
    void aRuleThatCannotBeAppliedIsNotSavedAndTheNoteSaysWhy() {
        AudiencesView view = view();
        ((TextField) byId(view, "audience-name")).setValue("Typo");
        ((TextArea) byId(view, "audience-rule")).setValue("churn >= 0.5");
        ((Button) byId(view, "save-audience")).click();

        assertThat(textOf(view, "audience-note")).startsWith("Not saved: unknown field \"churn\"");
        assertThat(reader.audiences().current("typo")).isEmpty();
        assertThat(audited).isEmpty();
    }

    static CustomerScore score(String customer, double churn, double revenue) {
        return new CustomerScore(
                customer, T, churn, 1, 0.1, 1, 1.0, revenue, null, 1, 0, "lapsed", 1, null, null, null);
    }
}
