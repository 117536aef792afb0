package dev.shoplens.dashboard.customers;

import static dev.shoplens.dashboard.ComponentTree.find;
import static dev.shoplens.dashboard.ComponentTree.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import dev.shoplens.dashboard.CurrentUi;
import dev.shoplens.dashboard.audit.AuditTrail;
import dev.shoplens.store.erasure.CustomerErasure;
import dev.shoplens.store.read.ShopReader;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The admin's erasure on a customer's page, on a store of its own (it erases). */
class ErasePanelTest extends CurrentUi {

    @Test
    void anAdminErasesTheCustomerAfterConfirmingAndTheAuditLogNamesItByHash() {
        try (ShopReader reader = CustomerShop.create().openReader()) {
            ErasePanel panel =
                    new ErasePanel(reader.erasure(), AuditTrail.of(reader, "ana"), () -> "c25", Duration.ofMillis(10));
            Div view = new Div(panel);

            panel.ask();
            assertThat(panel.confirmation().isOpened()).isTrue();
            panel.erase().join(); // and its second pass

            assertThat(textOf(view, "erase-outcome"))
                    .startsWith("Erased: ")
                    .contains("orders kept without the customer");
            assertThat(reader.customers().find("c25")).isEmpty();
            assertThat(reader.erasure().erasedHashes()).contains(CustomerErasure.hash("c25"));
            assertThat(reader.auditLog().entries(0, 1)).singleElement().satisfies(entry -> {
                assertThat(entry.user()).isEqualTo("ana");
                assertThat(entry.action()).isEqualTo(AuditTrail.ERASE);
                assertThat(entry.detail()).contains(CustomerErasure.hash("c25")).doesNotContain("c25 ");
            });
        }
    }

    @Test
    void onlyAnAdminIsOfferedTheErasure() {
        try (ShopReader reader = CustomerShop.create().openReader()) {
            CustomerView admin = new CustomerView(reader, Optional.of(AuditTrail.of(reader, "ana")));
            assertThat(find(admin, "erase-panel")).isPresent();
        }
        try (ShopReader reader = CustomerShop.create().openReader()) {
            CustomerView manager = new CustomerView(reader, Optional.empty());
            assertThat(find(manager, "erase-panel")).isEmpty();
        }
    }
}
