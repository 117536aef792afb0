package dev.shoplens.jobs.source.files;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which column of a transaction log holds what, as given by {@code --map customer=CustomerID,time=InvoiceDate,...}.
 * A column is named by its header or by its 1-based position; a log whose mapping uses only positions has no
 * header line. {@code customer} and {@code time} are required, and either {@code amount} (a line or order total;
 * {@code quantity} may come with it) or {@code quantity} with {@code price}.
 */
public record CsvMapping(
        String customer,
        String time,
        String amount,
        String quantity,
        String price,
        String order,
        String product,
        String category)
        implements Serializable {

    private static final Set<String> KEYS =
            Set.of("customer", "time", "amount", "quantity", "price", "order", "product", "category", "country");

    public CsvMapping {
        if (customer == null || time == null) {
            throw new IllegalArgumentException("--map needs customer= and time=");
        }
        if (amount == null && (quantity == null || price == null)) {
            throw new IllegalArgumentException("--map needs amount=, or quantity= with price=");
        }
    }

    /** Parses {@code key=column,key=column,...}; {@code country=} is accepted and ignored (v1 has no country). */
    public static CsvMapping parse(String spec) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
                throw new IllegalArgumentException("--map entry '" + part + "' is not key=column");
            }
            String key = kv[0].strip().toLowerCase(java.util.Locale.ROOT);
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("--map key '" + key + "' is not one of " + KEYS);
            }
            if (map.put(key, kv[1].strip()) != null) {
                throw new IllegalArgumentException("--map names '" + key + "' twice");
            }
        }
        return new CsvMapping(
                map.get("customer"),
                map.get("time"),
                map.get("amount"),
                map.get("quantity"),
                map.get("price"),
                map.get("order"),
                map.get("product"),
                map.get("category"));
    }

    /** True when some column is named rather than numbered: the log then starts with a header line. */
    public boolean hasHeader() {
        return java.util.stream.Stream.of(customer, time, amount, quantity, price, order, product, category)
                .filter(c -> c != null)
                .anyMatch(c -> !c.chars().allMatch(Character::isDigit));
    }
}
