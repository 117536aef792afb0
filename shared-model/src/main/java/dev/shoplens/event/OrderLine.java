package dev.shoplens.event;

/** One line of a purchase or a return: how many units of which product, at what unit price. */
public record OrderLine(String productId, int quantity, double unitPrice) {

    public double amount() {
        return quantity * unitPrice;
    }
}
