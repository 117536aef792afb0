package dev.shoplens.inventory;

/** How urgent a product's stock is, most urgent first. */
public enum StockRisk {
    /** Nothing on hand. */
    OUT_OF_STOCK("Out of stock"),
    /** At the expected demand it runs out before an order placed today would arrive. */
    STOCK_OUT_BEFORE_DELIVERY("Runs out before delivery"),
    /** At or below the reorder point: order now. */
    REORDER_NOW("Reorder now"),
    /** Above the reorder point. */
    OK("OK"),
    /** No stock level reported: no plan. */
    NO_STOCK_DATA("No stock data");

    private final String label;

    StockRisk(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Out of stock, running out before delivery, or due for an order. */
    public boolean atRisk() {
        return this == OUT_OF_STOCK || this == STOCK_OUT_BEFORE_DELIVERY || this == REORDER_NOW;
    }
}
