package dev.shoplens.dashboard.operations.retrain;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import dev.shoplens.dashboard.audit.AuditTrail;
import dev.shoplens.dashboard.i18n.Figures;
import dev.shoplens.dashboard.i18n.Texts;
import dev.shoplens.dashboard.operations.Background;
import java.time.Instant;
import java.util.Optional;

/**
 * The retrain action: runs the nightly LSTM retrain now where the application supplies a {@link RetrainRunner},
 * showing that it runs and then each kind's outcome; the Models page lists every run from the store. Without a
 * runner the button says how the retrain is run instead.
 */
public class RetrainPanel extends Div {

    static final String MODELS_RUNS = "models?kind=purchase_lstm";

    private final transient Optional<RetrainRunner> runner;
    private final transient AuditTrail audit;
    private final Button trigger = new Button(Texts.of("retrain.trigger"));
    private final Div outcome = new Div();

    public RetrainPanel(Optional<RetrainRunner> runner, AuditTrail audit) {
        this.runner = runner;
        this.audit = audit;
        trigger.setId("trigger-retrain");
        outcome.setId("retrain-outcome");
        outcome.addClassName("page-note");
        if (runner.isEmpty()) {
            trigger.setTooltipText(Texts.of("retrain.unavailable"));
        }
        trigger.addClickListener(click -> retrain());
        Anchor runs = new Anchor(MODELS_RUNS, Texts.of("retrain.runs"));
        runs.setId("retrain-runs-link");
        Div controls = new Div(trigger, runs);
        controls.addClassName("inventory-filters");
        add(new H3(Texts.of("retrain.title")), controls, outcome);
    }

    void retrain() {
        if (runner.isEmpty()) {
            outcome.setText(Texts.of("retrain.unavailable"));
            return;
        }
        trigger.setEnabled(false);
        outcome.setText(Texts.of("retrain.running", Figures.time(Instant.now())));
        getUI().ifPresent(ui -> Background.run(ui, "shoplens-retrain-now", runner.get()::retrainNow, this::show));
    }

    void show(RetrainOutcome result) {
        audit.record(
                AuditTrail.RETRAIN,
                result.result().name().toLowerCase(java.util.Locale.ROOT)
                        + (result.lines().isEmpty() ? "" : ": " + String.join("; ", result.lines())));
        trigger.setEnabled(true);
        outcome.removeAll();
        String finished = Figures.time(Instant.now());
        String headline =
                switch (result.result()) {
                    case DONE -> Texts.of("retrain.done", finished);
                    case FAILED -> Texts.of("retrain.failed", finished);
                    case BUSY -> Texts.of("retrain.busy");
                };
        outcome.add(new Div(headline));
        result.lines().forEach(line -> outcome.add(new Div(line)));
        outcome.setClassName("failed", result.result() != RetrainOutcome.Result.DONE);
    }
}
