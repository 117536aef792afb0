package dev.shoplens.dashboard.audit;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import dev.shoplens.dashboard.i18n.Figures;
import dev.shoplens.dashboard.i18n.Texts;
import dev.shoplens.store.audit.AuditEntry;
import dev.shoplens.store.read.ShopReader;

/** The audit log for admins: every admin action, newest first, paged in the store as the grid scrolls. */
public class AuditLogPanel extends Div {

    private final Grid<AuditEntry> grid = new Grid<>();

    public AuditLogPanel(ShopReader reader) {
        setId("audit-panel");
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> Figures.time(e.at()))
                .setHeader(Texts.of("audit.time"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::user).setHeader(Texts.of("audit.user")).setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader(Texts.of("audit.action")).setAutoWidth(true);
        grid.addColumn(AuditEntry::detail).setHeader(Texts.of("audit.detail")).setFlexGrow(1);
        grid.setItems(query -> reader.auditLog().entries(query.getOffset(), query.getLimit()).stream());
        grid.setHeight("260px");
        add(new H3(Texts.of("audit.title")), grid);
    }

    /** Reads the newest entries again (the page refreshes itself). */
    public void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
