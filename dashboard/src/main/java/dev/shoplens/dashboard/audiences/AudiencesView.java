package dev.shoplens.dashboard.audiences;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.shoplens.audiences.Audience;
import dev.shoplens.audiences.AudienceField;
import dev.shoplens.dashboard.audit.AuditTrail;
import dev.shoplens.dashboard.chart.EChart;
import dev.shoplens.dashboard.csv.CsvExport;
import dev.shoplens.dashboard.customers.CustomerView;
import dev.shoplens.dashboard.i18n.Figures;
import dev.shoplens.dashboard.i18n.Texts;
import dev.shoplens.dashboard.layout.MainLayout;
import dev.shoplens.dashboard.layout.SelfRefresh;
import dev.shoplens.dashboard.recommendations.KeptRecommender;
import dev.shoplens.store.StoreException;
import dev.shoplens.store.audiences.AudienceBook;
import dev.shoplens.store.read.ShopReader;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Audiences for managers: define one with a rule on scores and features ("churn_risk >= 60% and spent_90d >= 200"),
 * see every audience's size and expected revenue, open one to see its members (largest expected revenue first, with
 * the reasons for their churn risk) and export them as CSV with each member's recommended products, change a rule (a
 * new version) or end an audience. The feature job applies a saved definition to every customer within seconds and
 * keeps the membership up to date as customers are scored; this page reads what it wrote.
 */
@Route(value = "audiences", layout = MainLayout.class)
@PageTitle("Audiences · ShopLens")
@Menu(title = "Audiences", order = 16, icon = "vaadin:bullseye")
@RolesAllowed({"MANAGER", "ADMIN"})
public class AudiencesView extends Div {

    static final int REFRESH_MILLIS = 10_000;
    /** Members listed on the page; the CSV holds them all. */
    static final int SHOWN_MEMBERS = 500;

    static final String[] MEMBERS_CSV = {
        "customer_id",
        "member_since",
        "audience_version",
        "churn_probability",
        "purchase_probability",
        "expected_revenue_90d",
        "segment",
        "churn_reasons",
        "recommended_products"
    };

    private final transient AudienceBook book;
    private final transient KeptRecommender recommender;
    private final String user;
    private final transient AuditTrail audit;
    private final TextField name = new TextField(Texts.of("audiences.name"));
    private final TextArea rule = new TextArea(Texts.of("audiences.rule"));
    private final Span note = new Span();
    private final Grid<Row> audiences = new Grid<>();
    private final Div detail = new Div();
    private Audience selected;

    /** An audience as the list shows it. */
    record Row(Audience audience, AudienceBook.Size size) {}

    @Autowired
    public AudiencesView(ShopReader reader, KeptRecommender recommender, AuthenticationContext authentication) {
        this(reader.audiences(), recommender, AuditTrail.user(authentication), AuditTrail.of(reader, authentication));
    }

    AudiencesView(AudienceBook book, KeptRecommender recommender, String user, AuditTrail audit) {
        this.book = book;
        this.recommender = recommender;
        this.user = user;
        this.audit = audit;
        addClassName("audiences");
        add(new H2(Texts.of("audiences.title")), editor(), list(), detail);
        detail.setId("audience-detail");
        refresh();
        SelfRefresh.install(this, REFRESH_MILLIS, this::refresh);
    }

    private Component editor() {
        name.setId("audience-name");
        name.setMaxLength(Audience.MAX_NAME);
        rule.setId("audience-rule");
        rule.setWidthFull();
        rule.setPlaceholder("churn_risk >= 60% and spent_90d >= 200");
        rule.setHelperText(Texts.of(
                "audiences.ruleHelp",
                Arrays.stream(AudienceField.values())
                        .map(AudienceField::wireName)
                        .collect(Collectors.joining(", "))));
        Button save = new Button(Texts.of("audiences.save"), click -> save());
        save.setId("save-audience");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        note.setId("audience-note");
        note.addClassName("audience-note");
        Div editor = new Div(name, rule, save, note);
        editor.addClassName("audience-editor");
        return editor;
    }

    private Component list() {
        audiences.setId("audiences-grid");
        audiences.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        audiences.setAllRowsVisible(true);
        audiences
                .addColumn(r -> r.audience().name())
                .setHeader(Texts.of("audiences.name"))
                .setAutoWidth(true);
        audiences
                .addColumn(r -> r.audience().rule())
                .setHeader(Texts.of("audiences.rule"))
                .setFlexGrow(2);
        audiences
                .addColumn(
                        r -> r.audience().active() ? Figures.count(r.size().customers()) : Texts.of("audiences.ended"))
                .setHeader(Texts.of("audiences.members"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        audiences
                .addColumn(r -> Figures.money(r.size().expectedRevenue90d()))
                .setHeader(Texts.of("audiences.expectedRevenue"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        audiences
                .addColumn(r -> Texts.of(
                        "audiences.version",
                        r.audience().version(),
                        r.audience().definedBy(),
                        Figures.minute(r.audience().definedAt())))
                .setHeader(Texts.of("audiences.defined"))
                .setAutoWidth(true);
        audiences
                .asSingleSelect()
                .addValueChangeListener(
                        e -> select(e.getValue() == null ? null : e.getValue().audience()));
        return audiences;
    }

    private void refresh() {
        try {
            List<Row> rows = book.current().stream()
                    .map(a -> new Row(a, book.size(a.id())))
                    .toList();
            audiences.setItems(rows);
            if (selected != null) {
                rows.stream()
                        .filter(r -> r.audience().id().equals(selected.id()))
                        .findFirst()
                        .ifPresent(r -> showDetail(r.audience()));
            }
        } catch (StoreException e) {
            note.setText(Texts.of("audiences.unreadable", e.getMessage()));
        }
    }

    private void select(Audience audience) {
        selected = audience;
        if (audience == null) {
            detail.removeAll();
            return;
        }
        name.setValue(audience.name());
        rule.setValue(audience.rule());
        showDetail(audience);
    }

    private void showDetail(Audience audience) {
        detail.removeAll();
        List<AudienceBook.Member> members = book.members(audience.id(), SHOWN_MEMBERS);
        Grid<AudienceBook.Member> grid = new Grid<>();
        grid.setId("members-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(m -> CustomerView.link(m.customerId()))
                .setHeader(Texts.of("audiences.customer"))
                .setAutoWidth(true);
        grid.addColumn(m -> Figures.percent(m.churnRisk())).setHeader(Texts.of("audiences.churnRisk"));
        grid.addColumn(m -> Figures.percent(m.purchaseProbability())).setHeader(Texts.of("audiences.purchase"));
        grid.addColumn(m -> Figures.money(m.expectedRevenue90d())).setHeader(Texts.of("audiences.expectedRevenue"));
        grid.addColumn(m -> m.segment() == null ? Figures.NONE : m.segment()).setHeader(Texts.of("audiences.segment"));
        grid.addColumn(m -> Figures.minute(m.since())).setHeader(Texts.of("audiences.since"));
        grid.setItems(members);
        Anchor export = CsvExport.link(
                "export-members",
                "shoplens-audience-" + audience.id() + ".csv",
                MEMBERS_CSV,
                csv -> AudienceCsv.members(
                        csv, book.members(audience.id(), Integer.MAX_VALUE), recommender.current()::recommend));
        Button end = new Button(Texts.of("audiences.end"), click -> end(audience));
        end.setId("end-audience");
        end.setEnabled(audience.active());
        Div actions = new Div(export, end);
        actions.addClassName("audience-actions");
        EChart sizes = new EChart();
        sizes.setId("audience-chart");
        sizes.setHeight("220px");
        sizes.setOption(AudienceSizeChartOption.of(book.sizes(audience.id())));
        detail.add(new H3(audience.name()), actions, sizes, grid);
    }

    private void save() {
        Instant now = Instant.now();
        try {
            Optional<Audience> existing = book.current(Audience.idOf(name.getValue()));
            Audience audience = existing.map(a -> a.withRule(rule.getValue(), user, now))
                    .orElseGet(() -> Audience.define(name.getValue(), rule.getValue(), user, now));
            book.save(audience);
            audit.record(AuditTrail.AUDIENCE, audience.id() + " v" + audience.version() + ": " + audience.rule());
            note.setText(Texts.of("audiences.saved", audience.name(), audience.version()));
            selected = audience;
            refresh();
        } catch (IllegalArgumentException | IllegalStateException | StoreException e) {
            note.setText(Texts.of("audiences.notSaved", e.getMessage()));
        }
    }

    private void end(Audience audience) {
        try {
            Audience ended = audience.ended(user, Instant.now());
            book.save(ended);
            audit.record(AuditTrail.AUDIENCE, ended.id() + " v" + ended.version() + ": ended");
            note.setText(Texts.of("audiences.endedNote", audience.name()));
            selected = ended;
            refresh();
        } catch (IllegalStateException | StoreException e) {
            note.setText(Texts.of("audiences.notSaved", e.getMessage()));
        }
    }
}
