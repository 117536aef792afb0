package dev.shoplens.dashboard.customers;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.shoplens.dashboard.audit.AuditTrail;
import dev.shoplens.dashboard.chart.EChart;
import dev.shoplens.dashboard.csv.CsvExport;
import dev.shoplens.dashboard.i18n.Figures;
import dev.shoplens.dashboard.i18n.ModelWords;
import dev.shoplens.dashboard.i18n.ScoreHorizons;
import dev.shoplens.dashboard.i18n.Texts;
import dev.shoplens.dashboard.layout.KpiCard;
import dev.shoplens.dashboard.layout.MainLayout;
import dev.shoplens.dashboard.layout.SelfRefresh;
import dev.shoplens.dashboard.recommendations.KeptRecommender;
import dev.shoplens.dashboard.security.Role;
import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.scores.CustomerScore;
import dev.shoplens.store.StoreException;
import dev.shoplens.store.erasure.CustomerErasure;
import dev.shoplens.store.read.CustomerOrder;
import dev.shoplens.store.read.CustomerRow;
import dev.shoplens.store.read.ShopReader;
import jakarta.annotation.security.RolesAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One customer ({@code customer/<id>}, a link to share): what they did (orders and returns on a timeline), what the
 * models expect of them now, and the reasons behind each score in plain words, each with the event time it is as of.
 */
@Route(value = "customer", layout = MainLayout.class)
@PageTitle("Customer · ShopLens")
@RolesAllowed({"MANAGER", "ADMIN"})
public class CustomerView extends Div implements HasUrlParameter<String> {

    static final int REFRESH_MILLIS = 30_000;
    static final int TIMELINE_ORDERS = 500;

    private static final Logger LOG = LoggerFactory.getLogger(CustomerView.class);

    private final transient ShopReader reader;
    private final H2 title = new H2();
    private final Span asOf = new Span();
    private final Div facts = new Div();
    private final Div scores = new Div();
    private final UnorderedList churnReasons = new UnorderedList();
    private final UnorderedList purchaseReasons = new UnorderedList();
    private final Paragraph changes = new Paragraph();
    private final EChart timeline = new EChart();
    private final Grid<CustomerOrder> orders = new Grid<>();
    private volatile List<CustomerOrder> shownOrders = List.of();
    private final RecommendationsPanel recommendations;
    private String customerId;

    @Autowired
    public CustomerView(ShopReader reader, KeptRecommender recommender, AuthenticationContext authentication) {
        this(
                reader,
                recommender,
                authentication.hasRole(Role.ADMIN.name())
                        ? Optional.of(AuditTrail.of(reader, authentication))
                        : Optional.empty());
    }

    /** A page with a recommender of its own (fitted at its first read). */
    CustomerView(ShopReader reader, Optional<AuditTrail> adminAudit) {
        this(reader, new KeptRecommender(reader), adminAudit);
    }

    /** {@code adminAudit}: present for an admin, who may erase the customer (and whose actions it records). */
    CustomerView(ShopReader reader, KeptRecommender recommender, Optional<AuditTrail> adminAudit) {
        this.reader = reader;
        this.recommendations = new RecommendationsPanel(recommender);
        addClassName("overview");
        add(header(), facts, scores, reasons(), recommendations, timelinePanel());
        adminAudit.ifPresent(
                audit -> add(new ErasePanel(reader.erasure(), audit, () -> customerId, CustomerErasure.SETTLE)));
        SelfRefresh.install(this, REFRESH_MILLIS, this::refresh);
    }

    private Component header() {
        title.setId("customer-title");
        asOf.setId("customer-as-of");
        asOf.addClassName("freshness-badge");
        Anchor back = routerAnchor("customers", Texts.of("customers.allCustomers"));
        back.setId("back-to-customers");
        Div header = new Div(title, asOf, back);
        header.addClassName("overview-header");
        facts.setId("customer-facts");
        facts.addClassName("kpi-cards");
        scores.setId("customer-scores");
        scores.addClassName("kpi-cards");
        return header;
    }

    private Component reasons() {
        churnReasons.setId("churn-reasons");
        purchaseReasons.setId("purchase-reasons");
        changes.setId("score-changes");
        changes.addClassName("page-note");
        return new Div(
                new H3(Texts.of("customers.whyChurn")),
                churnReasons,
                new H3(Texts.of("customers.whyPurchase")),
                purchaseReasons,
                changes);
    }

    private Component timelinePanel() {
        timeline.setId("timeline-chart");
        timeline.setHeight("240px");
        orders.setId("orders-grid");
        orders.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        orders.addColumn(o -> Figures.time(o.time()))
                .setHeader(Texts.of("label.time"))
                .setAutoWidth(true);
        orders.addColumn(o -> o.kind().equals("return") ? Texts.of("label.return") : Texts.of("label.purchase"))
                .setHeader(Texts.of("label.kind"));
        orders.addColumn(CustomerOrder::orderId)
                .setHeader(Texts.of("label.order"))
                .setAutoWidth(true);
        orders.addColumn(CustomerOrder::units)
                .setHeader(Texts.of("label.units"))
                .setTextAlign(ColumnTextAlign.END);
        orders.addColumn(o -> Figures.money(o.amount()))
                .setHeader(Texts.of("label.amount"))
                .setTextAlign(ColumnTextAlign.END);
        orders.setHeight("320px");
        Div heading = new Div(
                new H3(Texts.of("customers.activity")),
                CsvExport.link(
                        "export-orders-csv",
                        "shoplens-customer-orders.csv",
                        CustomerCsv.ORDERS,
                        csv -> CustomerCsv.orders(csv, shownOrders)));
        heading.addClassName("overview-header");
        return new Div(heading, timeline, orders);
    }

    /** A link to a customer's page. */
    public static Anchor link(String customerId) {
        return routerAnchor(
                "customer/"
                        + URLEncoder.encode(customerId, StandardCharsets.UTF_8).replace("+", "%20"),
                customerId);
    }

    /**
     * A link the router follows without reloading the page, like a RouterLink, but built without the router at
     * hand (grid cells are rendered outside navigation).
     */
    private static Anchor routerAnchor(String href, String text) {
        Anchor anchor = new Anchor(href, text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }

    @Override
    public void setParameter(BeforeEvent event, String customerId) {
        this.customerId = customerId;
        title.setText(Texts.of("customers.title.one", customerId));
        refresh();
    }

    /** Reads the customer again; a failed read keeps what is shown. */
    void refresh() {
        if (customerId == null) {
            return;
        }
        try {
            show(reader.customers().find(customerId), reader.customers().score(customerId));
            shownOrders = reader.customers().orders(customerId, TIMELINE_ORDERS);
            orders.setItems(shownOrders);
            timeline.setOption(TimelineChartOption.of(shownOrders));
            recommendations.show(customerId);
        } catch (StoreException e) {
            LOG.warn("The customer page could not read the store; keeping what is shown", e);
            asOf.setText(Texts.of("forecasts.storeUnreadable"));
        }
    }

    private void show(Optional<CustomerRow> row, Optional<CustomerScore> score) {
        facts.removeAll();
        scores.removeAll();
        if (row.isEmpty()) {
            asOf.setText(Texts.of("customers.notFound"));
            facts.add(new Paragraph(Texts.of("customers.notInStore", customerId)));
        } else {
            CustomerRow r = row.get();
            facts.add(
                    fact("fact-first-seen", Texts.of("customers.customerSince"), Figures.day(r.firstSeen())),
                    fact("fact-orders", Texts.of("label.orders"), Figures.count(r.totalOrders())),
                    fact("fact-spent", Texts.of("label.spent"), Figures.money(r.totalRevenue())),
                    fact("fact-last-order", Texts.of("label.lastOrder"), Figures.day(r.lastOrderAt())),
                    fact("fact-visits", Texts.of("customers.visits30d"), Figures.count(r.sessions30d())));
            asOf.setText(Texts.of("customers.featuresAsOf", Figures.time(r.featuresAsOf()))
                    + score.map(s -> Texts.of("customers.scoresAsOf", Figures.time(s.asOf())))
                            .orElse(""));
        }
        score.ifPresentOrElse(this::showScores, () -> {
            scores.add(new Paragraph(Texts.of("customers.noScores")));
            reasons(churnReasons, List.of());
            reasons(purchaseReasons, List.of());
            changes.setText("");
        });
    }

    private void showScores(CustomerScore s) {
        scores.add(
                fact(
                        "score-churn",
                        Texts.of(
                                "customers.churnWithinDays",
                                ScoreHorizons.current().churn()),
                        Figures.percent(s.churnProbability()),
                        version("churn", s.churnVersion())),
                fact(
                        "score-purchase",
                        Texts.of("label.buysWithinDays", ScoreHorizons.current().purchase()),
                        Figures.percent(s.purchaseProbability()),
                        version("purchase", s.purchaseVersion())),
                fact(
                        "score-revenue",
                        Texts.of("customers.expectedRevenue90d"),
                        Figures.money(s.expectedRevenue90d()),
                        version("value", s.valueVersion())),
                fact("score-next-order", Texts.of("customers.nextOrder"), Figures.day(s.expectedNextOrderAt()), ""),
                fact(
                        "score-segment",
                        Texts.of("label.segment"),
                        s.segmentName() == null ? Figures.NONE : ModelWords.segment(s.segmentName()),
                        version("segments", s.segmentVersion())));
        reasons(churnReasons, ModelWords.reasons(s.churnReasons(), ModelKind.CHURN));
        reasons(purchaseReasons, ModelWords.reasons(s.purchaseReasons(), ModelKind.PURCHASE));
        changes.setText(s.changes() == null ? "" : Texts.of("customers.sinceScore", ModelWords.changes(s.changes())));
    }

    private static void reasons(UnorderedList list, List<String> sentences) {
        list.removeAll();
        if (sentences.isEmpty()) {
            list.add(new ListItem(Texts.of("customers.noReasons")));
        }
        sentences.forEach(sentence -> list.add(new ListItem(sentence)));
    }

    private static String version(String kind, Integer version) {
        return version == null
                ? Texts.of("customers.unserved." + kind)
                : Texts.of("customers.served." + kind, Figures.count(version));
    }

    private static Component fact(String id, String label, String value) {
        return fact(id, label, value, "");
    }

    private static Component fact(String id, String label, String value, String hint) {
        KpiCard card = new KpiCard(id, label, hint);
        card.setValue(value);
        return card;
    }
}
