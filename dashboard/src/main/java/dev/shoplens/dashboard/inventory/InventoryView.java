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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.shoplens.dashboard.audit.AuditTrail;
import dev.shoplens.dashboard.chart.EChart;
import dev.shoplens.dashboard.i18n.Figures;
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
public class InventoryView extends Div implements BeforeEnterObserver {

    static final int REFRESH_MILLIS = 30_000;
    static final int HISTORY_DAYS = 56;

    private static final Logger LOG = LoggerFactory.getLogger(InventoryView.class);

    private final transient InventoryPlanning planning;
    private final String user;
    private final transient AuditTrail audit;
    private final ComboBox<String> category = new ComboBox<>(Texts.of("inventory.category"));
    private final Select<RiskChoice> risk = new Select<>();
    private final Grid<InventoryRow> grid = new Grid<>();
    private final EChart chart = new EChart();
    private final Span chartCaption = new Span();
    private final Span status = new Span();
    private final PolicyEditor editor;
    private final BoughtWithPanel boughtWith;
    private List<InventoryRow> rows = List.of();
    private boolean restoring;

    @Autowired
    public InventoryView(ShopReader reader, AuthenticationContext authentication) {
        this(
                reader.inventory(),
                AuditTrail.user(authentication),
                authentication.hasAnyRole(Role.MERCHANDISER.name(), Role.ADMIN.name()),
                AuditTrail.of(reader, authentication));
    }

    InventoryView(InventoryPlanning planning, String user, boolean canEdit, AuditTrail audit) {
        this.planning = planning;
        this.user = user;
        this.audit = audit;
        this.editor = new PolicyEditor(canEdit);
        this.boughtWith = new BoughtWithPanel(planning);
        addClassName("inventory");
        add(header(), filters(), chartPanel(), editor, boughtWith, configureGrid());
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
        category.setPlaceholder(Texts.of("inventory.allCategories"));
        category.addValueChangeListener(e -> filtersChanged());
        risk.setId("risk-filter");
        risk.setLabel(Texts.of("inventory.risk"));
        risk.setItems(RiskChoice.all());
        risk.setItemLabelGenerator(RiskChoice::label);
        risk.setValue(RiskChoice.ALL);
        risk.addValueChangeListener(e -> filtersChanged());
        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] csv = InventoryCsv.of(rows).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(csv), "shoplens-inventory.csv", "text/csv", csv.length);
                }),
                Texts.of("inventory.exportCsv"));
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
                .setHeader(Texts.of("inventory.product"))
                .setFrozen(true)
                .setAutoWidth(true);
        grid.addColumn(InventoryRow::category)
                .setHeader(Texts.of("inventory.category"))
                .setAutoWidth(true);
        grid.addColumn(r -> RiskChoice.label(r.plan().risk()))
                .setHeader(Texts.of("inventory.risk"))
                .setAutoWidth(true);
        grid.addColumn(r -> InventoryFigures.units(r.plan().stockOnHand())).setHeader(Texts.of("inventory.stock"));
        grid.addColumn(r ->
                        InventoryFigures.cover(r.plan().coverDays(), r.plan().stockOnHand()))
                .setHeader(Texts.of("inventory.cover"));
        grid.addColumn(r -> r.plan().stockOutDate() == null
                        ? InventoryFigures.NONE
                        : Figures.day(r.plan().stockOutDate()))
                .setHeader(Texts.of("inventory.runsOut"))
                .setAutoWidth(true);
        grid.addColumn(r -> InventoryFigures.units(r.plan().reorderPoint()))
                .setHeader(Texts.of("inventory.reorderPoint"));
        grid.addColumn(r -> InventoryFigures.decimal(r.plan().safetyStock()))
                .setHeader(Texts.of("inventory.safetyStock"));
        grid.addColumn(r -> InventoryFigures.units(r.plan().suggestedOrder())).setHeader(Texts.of("inventory.order"));
        grid.addColumn(r -> Texts.of(
                        "inventory.days", Figures.count(r.setting().policy().leadTimeDays())))
                .setHeader(Texts.of("inventory.leadTime"));
        grid.addColumn(r -> InventoryFigures.servicePercent(r.setting().policy().serviceLevel()))
                .setHeader(Texts.of("inventory.service"));
        grid.addColumn(r -> InventoryFigures.decimal(r.demandPerDay())).setHeader(Texts.of("inventory.demandPerDay"));
        grid.addColumn(InventoryRow::method)
                .setHeader(Texts.of("inventory.method"))
                .setAutoWidth(true);
        grid.addColumn(r -> InventoryFigures.error(r.accuracy()))
                .setHeader(Texts.of("inventory.error"))
                .setAutoWidth(true);
        // Lazy: the grid asks for the rows it shows; the list behind it is read once per refresh or filter change.
        grid.setItems(query -> rows.stream().skip(query.getOffset()).limit(query.getLimit()), query -> rows.size());
        grid.asSingleSelect().addValueChangeListener(e -> {
            editor.show(e.getValue());
            showChart();
            updateAddress();
        });
        grid.setHeight("420px");
        return grid;
    }

    /** Restores the filters and the chosen product from the address (a deep link, or the page reloaded). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        InventoryLink link = InventoryLink.parse(event.getLocation().getQueryParameters());
        restoring = true;
        try {
            category.setValue(link.category());
            risk.setValue(link.risk());
            reloadRows();
            rows.stream()
                    .filter(r -> r.productId().equals(link.product()))
                    .findFirst()
                    .ifPresent(r -> grid.asSingleSelect().setValue(r));
        } finally {
            restoring = false;
        }
    }

    private void filtersChanged() {
        if (restoring) {
            return;
        }
        reloadRows();
        updateAddress();
    }

    private void updateAddress() {
        if (restoring) {
            return;
        }
        InventoryRow selected = grid.asSingleSelect().getValue();
        InventoryLink link =
                new InventoryLink(category.getValue(), risk.getValue(), selected == null ? null : selected.productId());
        // Only once the page is on screen: on entry the address already holds these parameters.
        getUI().ifPresent(ui ->
                ui.getPage().getHistory().replaceState(null, new Location("inventory", link.toQueryParameters())));
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
            status.setText(Texts.of("inventory.storeUnreadable"));
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
                        ? Texts.of("inventory.noForecasts")
                        : Texts.counted(
                                "inventory.status",
                                rows.size(),
                                Figures.count(rows.size()),
                                Figures.count(atRisk),
                                Figures.day(rows.get(0).originDay())));
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
        boughtWith.show(selected == null ? null : selected.productId());
    }

    private static String caption(DemandChart c) {
        String what =
                switch (c.level()) {
                    case PRODUCT -> Texts.of("inventory.caption.product", c.seriesId());
                    case CATEGORY -> Texts.of("inventory.caption.category", c.seriesId());
                    case SHOP -> Texts.of("inventory.caption.shop");
                };
        return Texts.of("inventory.caption", what, c.method(), InventoryFigures.error(c.accuracy()));
    }

    private void save(PolicyEditor.SaveEvent event) {
        try {
            planning.savePolicy(
                    event.scope(), event.scopeId(), event.leadTimeDays(), event.serviceLevel(), user, Instant.now());
            audit.record(
                    AuditTrail.POLICY,
                    event.scope().wireName() + " " + event.scopeId() + ": lead time " + event.leadTimeDays()
                            + " days, service level " + event.serviceLevel());
            reloadRows();
        } catch (IllegalArgumentException | StoreException e) {
            editor.showError(Texts.of("inventory.notSaved", e.getMessage()));
        }
    }
}
