package dev.shoplens.dashboard.operations;

import com.vaadin.flow.component.UI;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs an action that takes long (a savepoint, a retrain) off the page's thread and shows its outcome on the page
 * when it ends. Without server push the outcome reaches the browser at its next poll, which the page's
 * self-refresh makes every few seconds.
 */
public final class Background {

    private Background() {}

    public static <T> void run(UI ui, String name, Supplier<T> work, Consumer<T> show) {
        Thread thread = new Thread(
                () -> {
                    T outcome = work.get();
                    ui.access(() -> show.accept(outcome));
                },
                name);
        thread.setDaemon(true);
        thread.start();
    }
}
