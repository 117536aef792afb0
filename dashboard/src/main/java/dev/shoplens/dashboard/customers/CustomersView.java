package dev.shoplens.dashboard.customers;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.shoplens.dashboard.csv.CsvExport;
import dev.shoplens.dashboard.i18n.Figures;
import dev.shoplens.dashboard.i18n.ModelWords;
import dev.shoplens.dashboard.i18n.ScoreHorizons;
import dev.shoplens.dashboard.i18n.Texts;
import dev.shoplens.dashboard.layout.FreshnessBadge;
import dev.shoplens.dashboard.layout.MainLayout;
import dev.shoplens.dashboard.layout.SelfRefresh;
import dev.shoplens.privacy.CustomerPseudonyms;
import dev.shoplens.store.StoreException;
import dev.shoplens.store.read.CustomerFilter;
import dev.shoplens.store.read.CustomerRow;
import dev.shoplens.store.read.CustomerSort;
import dev.shoplens.store.read.ShopReader;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every customer, for managers: a lazy grid (each scroll reads one page, filtered and sorted in the database), search
 * by id, filters by segment, churn risk, spend and last order, and CSV export of exactly the filtered rows. The
 * filters and sort are kept in the address, so a link restores them. A click on an id opens the customer.
 */
@Route(value = "customers", layout = MainLayout.class)
@PageTitle("Customers · ShopLens")
@Menu(title = "Customers", order = 10, icon = "vaadin:users")
@RolesAllowed({"MANAGER", "ADMIN"})
public class CustomersView extends Div implements BeforeEnterObserver {

    static final int REFRESH_MILLIS = 30_000;

    private static final Logger LOG = LoggerFactory.getLogger(CustomersView.class);

    private final transient ShopReader reader;
    private final CustomerPseudonyms pseudonyms;
    private final FreshnessBadge freshness = new FreshnessBadge();
    private final Span count = new Span();
    private final TextField search = new TextField(Texts.of("label.customerId"));
    private final ComboBox<String> segment = new ComboBox<>(Texts.of("label.segment"));
    private final Select<CustomerFilter.ChurnRisk> risk = new Select<>();
    private final NumberField spent = new NumberField(Texts.of("label.spentAtLeast"));
    private final Select<CustomerFilter.LastOrder> lastOrder = new Select<>();
    private final Grid<CustomerRow> grid = new Grid<>();
    private final Map<CustomerSort, Grid.Column<CustomerRow>> sortable = new EnumMap<>(CustomerSort.class);
    // Read by the CSV download too, which runs outside the UI's lock: a volatile snapshot, never half-updated.
    private volatile CustomerFilter filter = CustomerFilter.ALL;
    private volatile List<CustomerSort.Order> sort = List.of();
    private boolean restoring;

    public CustomersView(ShopReader reader) {
        this(reader, CustomerPseudonyms.NONE);
    }

    /** {@code pseudonyms}: the shop's, so that its own id finds a customer the store keeps as a pseudonym. */
    @Autowired
    public CustomersView(ShopReader reader, CustomerPseudonyms pseudonyms) {
        this.reader = reader;
        this.pseudonyms = pseudonyms;
        addClassName("overview");
        add(header(), filters(), configureGrid());
        refresh();
        SelfRefresh.install(this, REFRESH_MILLIS, this::refresh);
    }

    private Component header() {
        count.setId("customer-count");
        count.addClassName("page-note");
        Div header = new Div(new H2(Texts.of("customers.title")), freshness, count);
        header.addClassName("overview-header");
        return header;
    }

    private Component filters() {
        search.setId("customer-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        segment.setId("segment-filter");
        segment.setClearButtonVisible(true);
        segment.setPlaceholder(Texts.of("label.allSegments"));
        // The value stays the stored name (it filters and goes into the address); the user reads it translated.
        segment.setItemLabelGenerator(ModelWords::segment);
        risk.setId("risk-filter");
        risk.setLabel(Texts.of("label.churnRisk"));
        risk.setItems(CustomerFilter.ChurnRisk.values());
        risk.setEmptySelectionAllowed(true);
        risk.setEmptySelectionCaption(Texts.of("label.any"));
        risk.setItemLabelGenerator(r -> r == null ? Texts.of("label.any") : CustomerChoices.label(r));
        spent.setId("spent-filter");
        spent.setMin(0);
        spent.setClearButtonVisible(true);
        spent.setValueChangeMode(ValueChangeMode.LAZY);
        lastOrder.setId("last-order-filter");
        lastOrder.setLabel(Texts.of("label.lastOrder"));
        lastOrder.setItems(CustomerFilter.LastOrder.values());
        lastOrder.setEmptySelectionAllowed(true);
        lastOrder.setEmptySelectionCaption(Texts.of("label.anyTime"));
        lastOrder.setItemLabelGenerator(l -> l == null ? Texts.of("label.anyTime") : CustomerChoices.label(l));
        search.addValueChangeListener(e -> applyFilters());
        segment.addValueChangeListener(e -> applyFilters());
        risk.addValueChangeListener(e -> applyFilters());
        spent.addValueChangeListener(e -> applyFilters());
        lastOrder.addValueChangeListener(e -> applyFilters());
        Div filters = new Div(
                search,
                segment,
                risk,
                spent,
                lastOrder,
                CsvExport.link(
                        "export-csv",
                        "shoplens-customers.csv",
                        CustomerCsv.CUSTOMERS,
                        csv -> CustomerCsv.customers(csv, reader, filter, sort)));
        filters.addClassName("inventory-filters");
        return filters;
    }

    private Component configureGrid() {
        grid.setId("customers-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        sortable.put(
                CustomerSort.CUSTOMER_ID,
                grid.addComponentColumn(CustomersView::link)
                        .setHeader(Texts.of("label.customer"))
                        .setFrozen(true)
                        .setAutoWidth(true));
        sortable.put(
                CustomerSort.SEGMENT,
                grid.addColumn(r -> orNone(ModelWords.segment(r.segmentName())))
                        .setHeader(Texts.of("label.segment"))
                        .setAutoWidth(true));
        sortable.put(
                CustomerSort.CHURN_PROBABILITY,
                numeric(r -> Figures.percent(r.churnProbability()), Texts.of("label.churnRisk")));
        sortable.put(
                CustomerSort.PURCHASE_PROBABILITY,
                numeric(
                        r -> Figures.percent(r.purchaseProbability()),
                        Texts.of("label.buysWithinDays", ScoreHorizons.current().purchase())));
        sortable.put(
                CustomerSort.EXPECTED_REVENUE,
                numeric(r -> Figures.money(r.expectedRevenue90d()), Texts.of("label.expectedRevenue90d")));
        sortable.put(CustomerSort.TOTAL_ORDERS, numeric(r -> Figures.count(r.totalOrders()), Texts.of("label.orders")));
        sortable.put(
                CustomerSort.TOTAL_REVENUE, numeric(r -> Figures.money(r.totalRevenue()), Texts.of("label.spent")));
        sortable.put(
                CustomerSort.LAST_ORDER,
                grid.addColumn(r -> Figures.day(r.lastOrderAt())).setHeader(Texts.of("label.lastOrder")));
        sortable.put(
                CustomerSort.FIRST_SEEN,
                grid.addColumn(r -> Figures.day(r.firstSeen())).setHeader(Texts.of("label.firstSeen")));
        sortable.forEach((key, column) -> column.setKey(key.name()).setSortProperty(key.name()));
        grid.setItems(this::fetch, this::count);
        grid.addSortListener(e -> {
            sort = sortOrders(e.getSortOrder());
            updateAddress();
        });
        grid.setHeight("560px");
        return grid;
    }

    private Grid.Column<CustomerRow> numeric(
            com.vaadin.flow.function.ValueProvider<CustomerRow, String> value, String header) {
        return grid.addColumn(value)
                .setHeader(header)
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
    }

    private static Anchor link(CustomerRow row) {
        return CustomerView.link(row.customerId());
    }

    private Stream<CustomerRow> fetch(Query<CustomerRow, Void> query) {
        return reader.customers().page(filter, sortOrders(query), query.getOffset(), query.getLimit()).stream();
    }

    private int count(Query<CustomerRow, Void> query) {
        long n = reader.customers().count(filter);
        count.setText(Texts.counted("customers.count", n, Figures.count(n)));
        return (int) Math.min(n, Integer.MAX_VALUE);
    }

    private static List<CustomerSort.Order> sortOrders(Query<CustomerRow, Void> query) {
        return query.getSortOrders().stream()
                .map(o -> order(o.getSorted(), o.getDirection()))
                .toList();
    }

    private static List<CustomerSort.Order> sortOrders(List<GridSortOrder<CustomerRow>> orders) {
        return orders.stream()
                .map(o -> order(o.getSorted().getKey(), o.getDirection()))
                .toList();
    }

    private static CustomerSort.Order order(String key, SortDirection direction) {
        return new CustomerSort.Order(CustomerSort.valueOf(key), direction == SortDirection.DESCENDING);
    }

    /** Restores the filters and sort from the address (a deep link, or the page reloaded). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CustomerLink link = CustomerLink.parse(event.getLocation().getQueryParameters());
        restoring = true;
        try {
            search.setValue(Optional.ofNullable(link.filter().idContains()).orElse(""));
            segment.setValue(link.filter().segment());
            risk.setValue(link.filter().churnRisk());
            spent.setValue(link.filter().minTotalRevenue());
            lastOrder.setValue(link.filter().lastOrder());
            link.sort()
                    .ifPresentOrElse(
                            o -> grid.sort(List.of(new GridSortOrder<>(
                                    sortable.get(o.column()),
                                    o.descending() ? SortDirection.DESCENDING : SortDirection.ASCENDING))),
                            () -> grid.sort(List.of()));
        } finally {
            restoring = false;
        }
        applyFilters();
    }

    private void applyFilters() {
        if (restoring) {
            return;
        }
        try {
            filter = new CustomerFilter(
                            search.getValue(),
                            segment.getValue(),
                            risk.getValue(),
                            spent.getValue(),
                            lastOrder.getValue())
                    .orIdIs(ownIdsPseudonym(search.getValue()));
        } catch (IllegalArgumentException e) {
            spent.setInvalid(true);
            spent.setErrorMessage("0 or more");
            return;
        }
        spent.setInvalid(false);
        grid.getDataProvider().refreshAll();
        updateAddress();
    }

    /** Where the store keeps pseudonyms, the searched text's as the shop's own id; null otherwise. */
    private String ownIdsPseudonym(String searched) {
        return pseudonyms.enabled() && !searched.isBlank() ? pseudonyms.of(searched.strip()) : null;
    }

    private void updateAddress() {
        if (restoring) {
            return;
        }
        CustomerLink link = new CustomerLink(filter, sort.stream().findFirst());
        // Only once the page is on screen: on entry the address already holds these parameters.
        getUI().ifPresent(ui ->
                ui.getPage().getHistory().replaceState(null, new Location("customers", link.toQueryParameters())));
    }

    /** Re-reads freshness, segments and the visible rows; the scroll position, sort and filters stay. */
    void refresh() {
        try {
            freshness.show(reader.freshness(Instant.now()));
            String chosen = segment.getValue();
            restoring = true;
            try {
                segment.setItems(reader.customers().segmentNames());
                segment.setValue(chosen);
            } finally {
                restoring = false;
            }
            grid.getDataProvider().refreshAll();
        } catch (StoreException e) {
            LOG.warn("Customers could not read the store; keeping what is shown", e);
            freshness.showUnavailable();
        }
    }

    private static String orNone(String text) {
        return text == null ? Figures.NONE : text;
    }
}
