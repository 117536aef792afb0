package dev.shoplens.simulator;

import java.util.ArrayList;
import java.util.List;

/** A session's cart: one line per product, in the order first added (which is also the order of the order lines). */
final class Cart {

    /** One product in the cart and how many units of it. */
    static final class Line {
        private final Product product;
        private int quantity;

        private Line(Product product, int quantity) {
            this.product = product;
            this.quantity = quantity;
        }

        Product product() {
            return product;
        }

        int quantity() {
            return quantity;
        }
    }

    private final List<Line> lines = new ArrayList<>(4);

    void add(Product product, int quantity) {
        for (Line line : lines) {
            if (line.product.index() == product.index()) {
                line.quantity += quantity;
                return;
            }
        }
        lines.add(new Line(product, quantity));
    }

    /** Removes the whole line at {@code index} and returns it. */
    Line remove(int index) {
        return lines.remove(index);
    }

    List<Line> lines() {
        return lines;
    }

    int size() {
        return lines.size();
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }
}
