package dev.shoplens.dashboard.inventory;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.shared.Registration;
import dev.shoplens.inventory.InventoryPolicy;
import dev.shoplens.inventory.PolicyScope;
import dev.shoplens.store.read.InventoryRow;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Lead time and service level of the selected product, for its own or for its whole category. Merchandisers (and
 * admins) may save; others see the values and where they come from. Saving fires a {@link SaveEvent}.
 */
class PolicyEditor extends Div {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final IntegerField leadTime = new IntegerField("Lead time (days)");
    private final NumberField serviceLevel = new NumberField("Service level (%)");
    private final RadioButtonGroup<PolicyScope> scope = new RadioButtonGroup<>("Applies to");
    private final Button save = new Button("Save");
    private final Span title = new Span();
    private final Span note = new Span();
    private InventoryRow row;

    PolicyEditor(boolean canEdit) {
        setId("policy-editor");
        addClassName("policy-editor");
        title.addClassName("policy-title");
        leadTime.setId("lead-time");
        leadTime.setMin(1);
        leadTime.setMax(InventoryPolicy.maxLeadTimeDays());
        leadTime.setStepButtonsVisible(true);
        serviceLevel.setId("service-level");
        serviceLevel.setMin(InventoryPolicy.MIN_SERVICE_LEVEL * 100);
        serviceLevel.setMax(InventoryPolicy.MAX_SERVICE_LEVEL * 100);
        scope.setId("policy-scope");
        scope.setItems(PolicyScope.values());
        scope.setItemLabelGenerator(s -> s == PolicyScope.PRODUCT ? "this product" : "its category");
        save.setId("save-policy");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> fireSave());
        note.setId("policy-note");
        note.addClassName("policy-note");
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[] {leadTime, serviceLevel, scope}) {
            field.setReadOnly(!canEdit);
        }
        save.setVisible(canEdit);
        add(title, leadTime, serviceLevel, scope, save, note);
        setVisible(false);
    }

    /** Shows {@code selected}'s setting, or hides the editor when nothing is selected. */
    void show(InventoryRow selected) {
        row = selected;
        setVisible(selected != null);
        if (selected == null) {
            return;
        }
        var setting = selected.setting();
        title.setText("Lead time and service level of " + selected.productId());
        leadTime.setValue(setting.policy().leadTimeDays());
        serviceLevel.setValue(setting.policy().serviceLevel() * 100);
        scope.setValue(setting.scope() == PolicyScope.CATEGORY ? PolicyScope.CATEGORY : PolicyScope.PRODUCT);
        note.setText(
                setting.scope() == null
                        ? "The shop's default: no setting for this product or its category yet."
                        : "Set for " + (setting.scope() == PolicyScope.PRODUCT ? "this product" : "its category")
                                + " by " + setting.changedBy() + " on " + WHEN.format(setting.changedAt()) + ".");
    }

    void showError(String message) {
        note.setText(message);
    }

    private void fireSave() {
        if (row == null) {
            return;
        }
        if (leadTime.isInvalid()
                || serviceLevel.isInvalid()
                || leadTime.getValue() == null
                || serviceLevel.getValue() == null) {
            showError("Lead time must be 1 to " + InventoryPolicy.maxLeadTimeDays()
                    + " days and the service level 50 to 99.9%.");
            return;
        }
        PolicyScope target = scope.getValue() == null ? PolicyScope.PRODUCT : scope.getValue();
        String id = target == PolicyScope.PRODUCT ? row.productId() : row.category();
        if (id == null) {
            showError("This product has no category.");
            return;
        }
        fireEvent(new SaveEvent(this, target, id, leadTime.getValue(), serviceLevel.getValue() / 100));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** A merchandiser saved a setting. */
    static final class SaveEvent extends ComponentEvent<PolicyEditor> {
        private final PolicyScope scope;
        private final String scopeId;
        private final int leadTimeDays;
        private final double serviceLevel;

        SaveEvent(PolicyEditor source, PolicyScope scope, String scopeId, int leadTimeDays, double serviceLevel) {
            super(source, false);
            this.scope = scope;
            this.scopeId = scopeId;
            this.leadTimeDays = leadTimeDays;
            this.serviceLevel = serviceLevel;
        }

        PolicyScope scope() {
            return scope;
        }

        String scopeId() {
            return scopeId;
        }

        int leadTimeDays() {
            return leadTimeDays;
        }

        double serviceLevel() {
            return serviceLevel;
        }
    }
}
