package dev.shoplens.dashboard.customers;

import static dev.shoplens.dashboard.ComponentTree.byId;
import static dev.shoplens.dashboard.ComponentTree.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.shoplens.dashboard.CurrentUi;
import dev.shoplens.dashboard.TestShop;
import dev.shoplens.dashboard.chart.EChart;
import dev.shoplens.dashboard.csv.CsvExport;
import dev.shoplens.models.recommend.Recommendation;
import dev.shoplens.privacy.CustomerPseudonyms;
import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.store.read.CustomerFilter;
import dev.shoplens.store.read.CustomerRow;
import dev.shoplens.store.read.CustomerSort;
import dev.shoplens.store.read.ShopReader;
import dev.shoplens.store.write.ResultWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Customers and customer pages as the server builds them, on a store of known customers. */
class CustomersViewTest extends CurrentUi {

    static ShopReader reader;

    @BeforeAll
    static void openStore() {
        reader = CustomerShop.create().openReader();
    }

    @AfterAll
    static void closeStore() {
        reader.close();
    }

    @SuppressWarnings("unchecked")
    static Grid<CustomerRow> grid(CustomersView view) {
        return (Grid<CustomerRow>) byId(view, "customers-grid");
    }

    static List<String> ids(CustomersView view) {
        return grid(view)
                .getLazyDataView()
                .getItems()
                .map(CustomerRow::customerId)
                .toList();
    }

    @Test
    void listsEveryCustomerAndNarrowsByEachFilter() {
        CustomersView view = new CustomersView(reader);
        assertThat(ids(view)).hasSize(31).startsWith("c01", "c02").endsWith("n31");

        ((Select<CustomerFilter.ChurnRisk>) byId(view, "risk-filter")).setValue(CustomerFilter.ChurnRisk.HIGH);
        assertThat(ids(view)).hasSize(10).allMatch(id -> id.compareTo("c21") >= 0);

        ((TextField) byId(view, "customer-search")).setValue("C2");
        assertThat(ids(view)).containsExactly("c21", "c22", "c23", "c24", "c25", "c26", "c27", "c28", "c29");

        ((Select<CustomerFilter.ChurnRisk>) byId(view, "risk-filter")).clear();
        ((ComboBox<String>) byId(view, "segment-filter")).setValue("cooling");
        assertThat(ids(view)).containsExactly("c20");
    }

    @Test
    void findsACustomerTheStoreKeepsAsAPseudonymByTheShopsOwnIdOrByPartOfThePseudonym() {
        CustomerPseudonyms pseudonyms = CustomerPseudonyms.keyed("0123456789abcdef0123456789abcdef");
        String alice = pseudonyms.of("alice@example.com");
        String bob = pseudonyms.of("bob@example.com");
        DuckDbSettings store = TestShop.emptyStore();
        try (ResultWriter writer = store.openWriter()) {
            writer.writeCustomerFeatures(
                    List.of(CustomerShop.features(alice, 5, 10.0), CustomerShop.features(bob, 5, 20.0)));
        }
        try (ShopReader pseudonymous = store.openReader()) {
            CustomersView view = new CustomersView(pseudonymous, pseudonyms);
            TextField search = (TextField) byId(view, "customer-search");

            search.setValue("alice@example.com");
            assertThat(ids(view)).containsExactly(alice);
            search.setValue(bob.substring(0, 12));
            assertThat(ids(view)).containsExactly(bob);
            search.setValue("carol@example.com");
            assertThat(ids(view)).isEmpty();
        }
    }

    @Test
    void offersTheSegmentsThatExist() {
        CustomersView view = new CustomersView(reader);
        assertThat(((ComboBox<String>) byId(view, "segment-filter"))
                        .getListDataView()
                        .getItems())
                .containsExactly("cooling", "lapsed, one-off", "loyal");
    }

    @Test
    void exportsTheFilteredRowsInTheirOrder() {
        CustomerFilter lapsedBigSpenders = new CustomerFilter(null, null, CustomerFilter.ChurnRisk.HIGH, 280.0, null);
        List<CustomerSort.Order> mostSpentFirst = List.of(new CustomerSort.Order(CustomerSort.TOTAL_REVENUE, true));

        String csv = CsvExport.text(
                CustomerCsv.CUSTOMERS, out -> CustomerCsv.customers(out, reader, lapsedBigSpenders, mostSpentFirst));

        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("customer_id,segment,churn_probability");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("c30,\"lapsed, one-off\",0.8000,0.2000,40.00,2,300.00,");
        assertThat(lines.get(3)).startsWith("c28,");
    }

    @Test
    void aCustomerShowsScoresReasonsInWordsAndTheTimeline() {
        CustomerView view = new CustomerView(reader, Optional.empty());
        view.setParameter(null, "c25");

        assertThat(textOf(view, "customer-title")).isEqualTo("Customer c25");
        assertThat(textOf(view, "customer-as-of"))
                .isEqualTo("features as of 2026-03-02 10:00:00 UTC, scores as of 2026-03-02 10:00:00 UTC");
        assertThat(textOf(view, "score-churn")).isEqualTo("80%");
        assertThat(textOf(view, "score-segment")).isEqualTo("lapsed, one-off");
        assertThat(textOf(view, "fact-spent")).isEqualTo("£250.00");
        assertThat(byId(view, "churn-reasons").getChildren().map(item -> ((ListItem) item).getText()))
                .containsExactly(
                        "No order for 150 days: raises the churn risk strongly (+1.2)",
                        "1 visit in the last 30 days: raises the churn risk (+0.4)");
        assertThat(textOf(view, "score-changes"))
                .isEqualTo(
                        "Since the previous score: the churn risk 0.61 -> 0.80 since 2026-02-20: no order for 140 days:"
                                + " +0.3");
        assertThat(((EChart) byId(view, "timeline-chart")).getOption()).contains("Purchases", "-20.0");
        assertThat(((Grid<?>) byId(view, "orders-grid")).getListDataView().getItemCount())
                .isEqualTo(3);
        assertThat(((RecommendationsPanel) byId(view, "recommendations")).shown())
                .extracting(Recommendation::productId, r -> RecommendationsPanel.why(r.why()))
                .containsExactly(tuple("lamp", "bought it 2 times"), tuple("mug", "bought it once"));
    }

    @Test
    void aCustomerReadsInChineseForAUserWhoChoseIt() {
        ui().setLocale(Locale.SIMPLIFIED_CHINESE);
        CustomerView view = new CustomerView(reader, Optional.empty());
        view.setParameter(null, "c25");

        assertThat(textOf(view, "customer-title")).isEqualTo("客户 c25");
        assertThat(textOf(view, "score-churn")).isEqualTo("80%");
        assertThat(textOf(view, "score-changes")).isEqualTo("自上次评分以来：流失风险自 2026年2月20日 起由 0.61 变为 0.80：已 140 天未下单：+0.3");
        assertThat(byId(view, "churn-reasons").getChildren().map(item -> ((ListItem) item).getText()))
                .containsExactly("已 150 天未下单：大幅提高流失风险（+1.2）", "近 30 天访问 1 次：提高流失风险（+0.4）");
        assertThat(textOf(view, "score-segment")).isEqualTo("流失、仅购一次");
        assertThat(textOf(view, "customer-as-of")).isEqualTo("特征截至 2026年3月2日 10:00:00 UTC，评分截至 2026年3月2日 10:00:00 UTC");
        assertThat(((EChart) byId(view, "timeline-chart")).getOption()).contains("\"购买\"", "\"退货\"", "\"金额\"");
        assertThat(textOf(view, "back-to-customers")).isEqualTo("全部客户");
        assertThat(((RecommendationsPanel) byId(view, "recommendations")).shown())
                .extracting(r -> RecommendationsPanel.why(r.why()))
                .containsExactly("买过 2 次", "买过 1 次");
    }

    @Test
    void anUnknownCustomerSaysSo() {
        CustomerView view = new CustomerView(reader, Optional.empty());
        view.setParameter(null, "zz");

        assertThat(textOf(view, "customer-as-of")).isEqualTo("not in the store");
        assertThat(((EChart) byId(view, "timeline-chart")).getOption()).contains("No orders yet");
    }
}
