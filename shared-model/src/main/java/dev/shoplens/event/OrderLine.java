package dev.shoplens.event;

/**
 * One line of a purchase or a return: how many units of which product, at what unit price, and the product's
 * category where the order names it (null where it does not: the event format has it optional).
 */
public record OrderLine(String productId, int quantity, double unitPrice, String category) {

    /** A line whose order does not name its product's category. */
    public OrderLine(String productId, int quantity, double unitPrice) {
        this(productId, quantity, unitPrice, null);
    }

    public double amount() {
        return quantity * unitPrice;
    }
}
