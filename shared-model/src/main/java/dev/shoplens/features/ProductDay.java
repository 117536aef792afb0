package dev.shoplens.features;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One product on one day (UTC): units sold net of returns, revenue net of refunds, views, cart adds, and the last
 * stock level reported that day (null when no stock event came). {@code asOf} is the newest event time counted.
 */
public record ProductDay(
        String productId,
        LocalDate day,
        String category,
        int unitsSold,
        int unitsReturned,
        double revenue,
        int views,
        int cartAdds,
        Integer stockOnHand,
        Instant asOf) {

    /** Units sold net of returns: the demand the forecasts model. */
    public int netUnits() {
        return unitsSold - unitsReturned;
    }
}
