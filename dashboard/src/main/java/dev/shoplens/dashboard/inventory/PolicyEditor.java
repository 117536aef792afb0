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
import dev.shoplens.dashboard.i18n.Figures;
import dev.shoplens.dashboard.i18n.Texts;
import dev.shoplens.inventory.InventoryPolicy;
import dev.shoplens.inventory.PolicyScope;
import dev.shoplens.store.read.InventoryRow;

/**
 * Lead time and service level of the selected product, for its own or for its whole category. Merchandisers (and
 * admins) may save; others see the values and where they come from. Saving fires a {@link SaveEvent}.
 */
class PolicyEditor extends Div {

    private final IntegerField leadTime = new IntegerField(Texts.of("inventory.leadTimeDays"));
    private final NumberField serviceLevel = new NumberField(Texts.of("inventory.serviceLevel"));
    private final RadioButtonGroup<PolicyScope> scope = new RadioButtonGroup<>(Texts.of("inventory.appliesTo"));
    private final Button save = new Button(Texts.of("inventory.save"));
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
        scope.setItemLabelGenerator(PolicyEditor::scopeLabel);
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
        title.setText(Texts.of("inventory.policyOf", selected.productId()));
        leadTime.setValue(setting.policy().leadTimeDays());
        serviceLevel.setValue(setting.policy().serviceLevel() * 100);
        scope.setValue(setting.scope() == PolicyScope.CATEGORY ? PolicyScope.CATEGORY : PolicyScope.PRODUCT);
        note.setText(
                setting.scope() == null
                        ? Texts.of("inventory.policyDefault")
                        : Texts.of(
                                "inventory.policySet",
                                scopeLabel(setting.scope()),
                                setting.changedBy(),
                                Figures.minute(setting.changedAt())));
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
            showError(Texts.of(
                    "inventory.policyInvalid",
                    Figures.count(InventoryPolicy.maxLeadTimeDays()),
                    Figures.percent(InventoryPolicy.MIN_SERVICE_LEVEL, 1),
                    Figures.percent(InventoryPolicy.MAX_SERVICE_LEVEL, 1)));
            return;
        }
        PolicyScope target = scope.getValue() == null ? PolicyScope.PRODUCT : scope.getValue();
        String id = target == PolicyScope.PRODUCT ? row.productId() : row.category();
        if (id == null) {
            showError(Texts.of("inventory.noCategory"));
            return;
        }
        fireEvent(new SaveEvent(this, target, id, leadTime.getValue(), serviceLevel.getValue() / 100));
    }

    private static String scopeLabel(PolicyScope scope) {
        return Texts.of(scope == PolicyScope.PRODUCT ? "inventory.thisProduct" : "inventory.itsCategory");
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
