package dev.shoplens.store.read;

/**
 * Which customers the Customers page lists. Every part is optional (null: no restriction). The values only ever
 * reach the database as parameters.
 *
 * @param idContains part of the customer id, matched without regard to case
 * @param segment the segment's name, as the segment model named it
 * @param churnRisk the band the churn probability falls in
 * @param minTotalRevenue spent at least this much in all (net of returns)
 * @param lastOrder how long ago the last order was, counted back from the newest event (event time)
 * @param orIdIs a customer id that passes too, whatever it contains: where the store keeps pseudonyms, the pseudonym
 *     of the shop's own id that was searched for
 */
public record CustomerFilter(
        String idContains,
        String segment,
        ChurnRisk churnRisk,
        Double minTotalRevenue,
        LastOrder lastOrder,
        String orIdIs) {

    public static final CustomerFilter ALL = new CustomerFilter(null, null, null, null, null);

    public CustomerFilter(
            String idContains, String segment, ChurnRisk churnRisk, Double minTotalRevenue, LastOrder lastOrder) {
        this(idContains, segment, churnRisk, minTotalRevenue, lastOrder, null);
    }

    public CustomerFilter {
        idContains = blankToNull(idContains);
        orIdIs = blankToNull(orIdIs);
        segment = blankToNull(segment);
        if (minTotalRevenue != null && (minTotalRevenue.isNaN() || minTotalRevenue < 0)) {
            throw new IllegalArgumentException("minTotalRevenue must be 0 or more, not " + minTotalRevenue);
        }
    }

    /** The same filter, letting the customer {@code id} pass its id search too (see {@code orIdIs}). */
    public CustomerFilter orIdIs(String id) {
        return new CustomerFilter(idContains, segment, churnRisk, minTotalRevenue, lastOrder, id);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Churn probability bands: from (inclusive) to (exclusive). */
    public enum ChurnRisk {
        LOW(0.0, 0.3),
        MEDIUM(0.3, 0.6),
        HIGH(0.6, 1.01);

        private final double from;
        private final double to;

        ChurnRisk(double from, double to) {
            this.from = from;
            this.to = to;
        }

        public double from() {
            return from;
        }

        public double to() {
            return to;
        }
    }

    /** How long ago the last order was: within {@code newerThanDays}, at least {@code olderThanDays} ago, or none. */
    public enum LastOrder {
        WITHIN_30_DAYS(30, null),
        DAYS_30_TO_90(90, 30),
        OVER_90_DAYS(null, 90),
        NEVER(null, null);

        private final Integer newerThanDays;
        private final Integer olderThanDays;

        LastOrder(Integer newerThanDays, Integer olderThanDays) {
            this.newerThanDays = newerThanDays;
            this.olderThanDays = olderThanDays;
        }

        public Integer newerThanDays() {
            return newerThanDays;
        }

        public Integer olderThanDays() {
            return olderThanDays;
        }
    }
}
