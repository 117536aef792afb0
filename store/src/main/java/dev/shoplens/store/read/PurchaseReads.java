package dev.shoplens.store.read;

import java.util.List;

/**
 * What the recommendations learn from: the purchases' lines, and whether they changed. One of the readers a
 * {@link ShopReader} hands out.
 */
public interface PurchaseReads {

    /**
     * Every product of the customers' purchases over the last {@code days} days of purchases (counted back from the
     * newest), by customer and time: what the recommendations learn from. Orders an erasure anonymised are left out.
     */
    List<PurchasedLine> lines(int days);

    /**
     * Changes whenever a purchase's lines are written or an erasure anonymises orders: whoever keeps something learnt
     * from {@link #lines} reads them again when it does.
     */
    PurchasesVersion version();
}
