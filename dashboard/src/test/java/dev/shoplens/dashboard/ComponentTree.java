package dev.shoplens.dashboard;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/** Finds components in a server-side component tree, as a browser test would find elements by id. */
public final class ComponentTree {

    private ComponentTree() {}

    public static Component byId(Component root, String id) {
        return find(root, id).orElseThrow(() -> new AssertionError("no component with id '" + id + "' under " + root));
    }

    public static String textOf(Component root, String id) {
        return byId(root, id).getElement().getText();
    }

    public static Optional<Component> find(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return Optional.of(root);
        }
        return root.getChildren().flatMap(child -> find(child, id).stream()).findFirst();
    }
}
