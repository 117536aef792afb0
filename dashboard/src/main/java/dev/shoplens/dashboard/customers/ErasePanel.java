package dev.shoplens.dashboard.customers;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import dev.shoplens.dashboard.audit.AuditTrail;
import dev.shoplens.dashboard.i18n.Texts;
import dev.shoplens.store.StoreException;
import dev.shoplens.store.erasure.CustomerErasure;
import dev.shoplens.store.erasure.ErasureReport;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * The admin's way to honour a deletion request from a customer's page: after a confirmation that names what goes
 * and what stays, the customer is erased from the store (the running job keeps them out from then on) and the
 * erasure joins the audit log, by the id's hash.
 */
public class ErasePanel extends Div {

    private final transient CustomerErasure erasure;
    private final transient AuditTrail audit;
    private final transient Supplier<String> customer;
    private final Duration settle;
    private final Paragraph outcome = new Paragraph();
    private final ConfirmDialog confirm = new ConfirmDialog();

    public ErasePanel(CustomerErasure erasure, AuditTrail audit, Supplier<String> customer, Duration settle) {
        this.erasure = erasure;
        this.audit = audit;
        this.customer = customer;
        this.settle = settle;
        setId("erase-panel");
        Button erase = new Button(Texts.of("erase.button"), click -> ask());
        erase.setId("erase-customer");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        outcome.setId("erase-outcome");
        outcome.addClassName("page-note");
        confirm.setId("erase-confirm");
        confirm.setHeader(Texts.of("erase.confirm.header"));
        confirm.setCancelable(true);
        confirm.setCancelText(Texts.of("erase.confirm.cancel"));
        confirm.setConfirmText(Texts.of("erase.confirm.ok"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> erase());
        add(new H3(Texts.of("erase.title")), new Paragraph(Texts.of("erase.what")), erase, outcome);
    }

    void ask() {
        confirm.setText(Texts.of("erase.confirm.text", customer.get()));
        confirm.open();
    }

    private void settle(String id) {
        try {
            erasure.erase(id, Instant.now());
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(ErasePanel.class)
                    .error("The second pass of an erasure failed; run bin/shoplens erase for the customer again", e);
        }
    }

    ConfirmDialog confirmation() {
        return confirm;
    }

    /**
     * The confirmed erasure; repeated once {@link CustomerErasure#SETTLE} has passed, in the background, for what the
     * running job wrote before it learnt of it.
     */
    CompletableFuture<Void> erase() {
        String id = customer.get();
        try {
            ErasureReport report = erasure.erase(id, Instant.now());
            audit.record(AuditTrail.ERASE, report.describe());
            outcome.setText(Texts.of("erase.done", report.totalRowsDeleted(), report.ordersAnonymised()));
            outcome.removeClassName("failed");
            return CompletableFuture.runAsync(
                    () -> settle(id), CompletableFuture.delayedExecutor(settle.toMillis(), TimeUnit.MILLISECONDS));
        } catch (StoreException | IllegalArgumentException e) {
            outcome.setText(Texts.of("erase.failed", e.getMessage()));
            outcome.addClassName("failed");
            return CompletableFuture.completedFuture(null);
        }
    }
}
