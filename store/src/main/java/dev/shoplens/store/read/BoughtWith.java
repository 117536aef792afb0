package dev.shoplens.store.read;

/**
 * A product bought in the same orders as another, over a recent window of the shop's orders.
 *
 * @param productId the other product
 * @param ordersTogether orders that had both
 * @param ordersWithProduct orders that had the product asked about
 * @param ordersWithOther orders that had the other product
 * @param allOrders every order of the window
 */
public record BoughtWith(
        String productId, long ordersTogether, long ordersWithProduct, long ordersWithOther, long allOrders) {

    /** Of the orders with the product asked about, the share that also had this one (association rules' confidence). */
    public double share() {
        return (double) ordersTogether / ordersWithProduct;
    }

    /**
     * How many times more often this product is in an order with the one asked about than in any order: above 1, the
     * two go together; about 1, this one is just popular.
     */
    public double lift() {
        return share() / ((double) ordersWithOther / allOrders);
    }
}
