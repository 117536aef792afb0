package dev.shoplens.dashboard.inventory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.shoplens.dashboard.chart.EChart;
import dev.shoplens.dashboard.i18n.Texts;
import dev.shoplens.dashboard.layout.MainLayout;
import dev.shoplens.dashboard.layout.SelfRefresh;
import dev.shoplens.dashboard.security.Role;
import dev.shoplens.forecast.SeriesLevel;
import dev.shoplens.store.StoreException;
import dev.shoplens.store.read.DemandChart;
import dev.shoplens.store.read.InventoryFilter;
import dev.shoplens.store.read.InventoryPlanning;
import dev.shoplens.store.read.InventoryRow;
import dev.shoplens.store.read.ShopReader;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Stock-out risks and reorder suggestions for merchandisers and managers: a demand chart (the selected product, else
 * the chosen category, else the shop) and a lazy grid of every product's plan, most urgent first, with filters and
 * CSV export. Merchandisers edit lead times and service levels beside the grid. The page re-reads the store every
 * {@value #REFRESH_MILLIS} ms: forecasts change as days close.
 */
@Route(value = "inventory", layout = MainLayout.class)
@PageTitle("Inventory · ShopLens")
@Menu(title = "Inventory", order = 20, icon = "vaadin:package")
@RolesAllowed({"MERCHANDISER", "MANAGER", "ADMIN"})
public class InventoryView extends Div {

    static final int REFRESH_MILLIS = 30_000;
    static final int HISTORY_DAYS = 56;

    private static final Logger LOG = LoggerFactory.getLogger(InventoryView.class);

    private final transient InventoryPlanning planning;
    private final String user;
    private final ComboBox<String> category = new ComboBox<>("Category");
    private final Select<RiskChoice> risk = new Select<>();
    private final Grid<InventoryRow> grid = new Grid<>();
    private final EChart chart = new EChart();
    private final Span chartCaption = new Span();
    private final Span status = new Span();
    private final PolicyEditor editor;
    private List<InventoryRow> rows = List.of();

    @Autowired
    public InventoryView(ShopReader reader, AuthenticationContext authentication) {
        this(
                reader.inventory(),
                authentication.getPrincipalName().orElse("unknown"),
                authentication.hasAnyRole(Role.MERCHANDISER.name(), Role.ADMIN.name()));
    }

    InventoryView(InventoryPlanning planning, String user, boolean canEdit) {
        this.planning = planning;
        this.user = user;
        this.editor = new PolicyEditor(canEdit);
        addClassName("inventory");
        add(header(), filters(), chartPanel(), editor, configureGrid());
        editor.addSaveListener(this::save);
        refresh();
        SelfRefresh.install(this, REFRESH_MILLIS, this::refresh);
    }

    private Component header() {
        status.setId("inventory-status");
        status.addClassName("inventory-status");
        Div header = new Div(new H2(Texts.of("inventory.title")), status);
        header.addClassName("overview-header");
        return header;
    }

    private Component filters() {
        category.setId("category-filter");
        category.setClearButtonVisible(true);
        category.setPlaceholder("All categories");
        category.addValueChangeListener(e -> reloadRows());
        risk.setId("risk-filter");
        risk.setLabel("Risk");
        risk.setItems(RiskChoice.all());
        risk.setItemLabelGenerator(RiskChoice::label);
        risk.setValue(RiskChoice.ALL);
        risk.addValueChangeListener(e -> reloadRows());
        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] csv = InventoryCsv.of(rows).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(csv), "shoplens-inventory.csv", "text/csv", csv.length);
                }),
                "Export CSV");
        export.setId("export-csv");
        Div filters = new Div(category, risk, export);
        filters.addClassName("inventory-filters");
        return filters;
    }

    private Component chartPanel() {
        chart.setId("demand-chart");
        chartCaption.setId("chart-caption");
        chartCaption.addClassName("chart-caption");
        return new Div(chartCaption, chart);
    }

    private Component configureGrid() {
        grid.setId("inventory-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(InventoryRow::productId)
                .setHeader("Product")
                .setFrozen(true)
                .setAutoWidth(true);
        grid.addColumn(InventoryRow::category).setHeader("Category").setAutoWidth(true);
        grid.addColumn(r -> r.plan().risk().label()).setHeader("Risk").setAutoWidth(true);
        grid.addColumn(r -> InventoryFigures.units(r.plan().stockOnHand())).setHeader("Stock");
        grid.addColumn(r ->
                        InventoryFigures.cover(r.plan().coverDays(), r.plan().stockOnHand()))
                .setHeader("Days of cover");
        grid.addColumn(r -> r.plan().stockOutDate() == null
                        ? InventoryFigures.NONE
                        : r.plan().stockOutDate())
                .setHeader("Runs out")
                .setAutoWidth(true);
        grid.addColumn(r -> InventoryFigures.units(r.plan().reorderPoint())).setHeader("Reorder point");
        grid.addColumn(r -> InventoryFigures.decimal(r.plan().safetyStock())).setHeader("Safety stock");
        grid.addColumn(r -> InventoryFigures.units(r.plan().suggestedOrder())).setHeader("Order");
        grid.addColumn(r -> r.setting().policy().leadTimeDays() + " d").setHeader("Lead time");
        grid.addColumn(r -> InventoryFigures.servicePercent(r.setting().policy().serviceLevel()))
                .setHeader("Service");
        grid.addColumn(r -> InventoryFigures.decimal(r.demandPerDay())).setHeader("Demand / day");
        grid.addColumn(InventoryRow::method).setHeader("Method").setAutoWidth(true);
        grid.addColumn(r -> InventoryFigures.error(r.accuracy()))
                .setHeader("Forecast error (WAPE)")
                .setAutoWidth(true);
        // Lazy: the grid asks for the rows it shows; the list behind it is read once per refresh or filter change.
        grid.setItems(query -> rows.stream().skip(query.getOffset()).limit(query.getLimit()), query -> rows.size());
        grid.asSingleSelect().addValueChangeListener(e -> {
            editor.show(e.getValue());
            showChart();
        });
        grid.setHeight("420px");
        return grid;
    }

    /** Reads the store once; a failed read keeps what is on screen. */
    void refresh() {
        try {
            String chosen = category.getValue();
            category.setItems(planning.categories());
            if (chosen != null) {
                category.setValue(chosen);
            }
            reloadRows();
        } catch (StoreException e) {
            LOG.warn("Inventory could not read the store; keeping what is shown", e);
            status.setText("store not readable, retrying");
        }
    }

    private void reloadRows() {
        RiskChoice choice = risk.getValue() == null ? RiskChoice.ALL : risk.getValue();
        rows = planning.plans(new InventoryFilter(category.getValue(), choice.risks()));
        String selected = grid.asSingleSelect().getValue() == null
                ? null
                : grid.asSingleSelect().getValue().productId();
        grid.getDataProvider().refreshAll();
        Optional<InventoryRow> again =
                rows.stream().filter(r -> r.productId().equals(selected)).findFirst();
        again.ifPresentOrElse(r -> grid.asSingleSelect().setValue(r), () -> grid.asSingleSelect()
                .clear());
        editor.show(again.orElse(null));
        long atRisk = rows.stream().filter(r -> r.plan().risk().atRisk()).count();
        status.setText(
                rows.isEmpty()
                        ? "No forecasts yet: they start once the first day has closed."
                        : rows.size() + " products, " + atRisk + " at risk; forecasts as of the close of "
                                + rows.get(0).originDay());
        showChart();
    }

    private void showChart() {
        InventoryRow selected = grid.asSingleSelect().getValue();
        SeriesLevel level = selected != null
                ? SeriesLevel.PRODUCT
                : category.getValue() != null ? SeriesLevel.CATEGORY : SeriesLevel.SHOP;
        String id =
                switch (level) {
                    case PRODUCT -> selected.productId();
                    case CATEGORY -> category.getValue();
                    case SHOP -> "shop";
                };
        Optional<DemandChart> demand = planning.chart(level, id, HISTORY_DAYS);
        chart.setOption(demand.map(DemandChartOption::of).orElseGet(DemandChartOption::waiting));
        chartCaption.setText(demand.map(InventoryView::caption).orElse(""));
    }

    private static String caption(DemandChart c) {
        String what =
                switch (c.level()) {
                    case PRODUCT -> "Product " + c.seriesId();
                    case CATEGORY -> "Category " + c.seriesId();
                    case SHOP -> "The whole shop";
                };
        return what + " · forecast by " + c.method() + " · error " + InventoryFigures.error(c.accuracy());
    }

    private void save(PolicyEditor.SaveEvent event) {
        try {
            planning.savePolicy(
                    event.scope(), event.scopeId(), event.leadTimeDays(), event.serviceLevel(), user, Instant.now());
            reloadRows();
        } catch (IllegalArgumentException | StoreException e) {
            editor.showError("Not saved: " + e.getMessage());
        }
    }
}
