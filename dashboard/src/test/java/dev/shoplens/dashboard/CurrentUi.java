package dev.shoplens.dashboard;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A view test's current UI. Downloads (CSV export links) register with the current UI, which Vaadin holds by weak
 * reference: the test keeps a strong one, or a garbage collection between set-up and test leaves no current UI.
 */
public abstract class CurrentUi {

    private UI ui;

    @BeforeEach
    void setCurrentUi() {
        ui = new UI();
        UI.setCurrent(ui);
    }

    /** The current UI, for a test that sets its locale. */
    protected UI ui() {
        return ui;
    }

    @AfterEach
    void clearCurrentUi() {
        UI.setCurrent(null);
        ui = null;
    }
}
