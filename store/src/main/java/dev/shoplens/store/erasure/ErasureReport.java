package dev.shoplens.store.erasure;

import java.util.Map;

/**
 * What an erasure removed: rows deleted per table, and orders kept but anonymised.
 *
 * @param customerHash the erased id's hash, as the erased list keeps it
 */
public record ErasureReport(String customerHash, Map<String, Long> rowsDeleted, long ordersAnonymised) {

    public ErasureReport {
        rowsDeleted = Map.copyOf(rowsDeleted);
    }

    /** For the audit log: the hash names the erased customer to whoever knows the id, and to nobody else. */
    public String describe() {
        return "customer " + customerHash + ": " + totalRowsDeleted() + " rows deleted, " + ordersAnonymised
                + " orders anonymised";
    }

    /** This pass and a later one of the same customer, added up. */
    public ErasureReport plus(ErasureReport later) {
        Map<String, Long> rows = new java.util.LinkedHashMap<>(rowsDeleted);
        later.rowsDeleted().forEach((table, n) -> rows.merge(table, n, Long::sum));
        return new ErasureReport(customerHash, rows, ordersAnonymised + later.ordersAnonymised());
    }

    public long totalRowsDeleted() {
        return rowsDeleted.values().stream().mapToLong(Long::longValue).sum();
    }
}
