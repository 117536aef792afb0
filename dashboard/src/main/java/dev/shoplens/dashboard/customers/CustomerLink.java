package dev.shoplens.dashboard.customers;

import com.vaadin.flow.router.QueryParameters;
import dev.shoplens.store.read.CustomerFilter;
import dev.shoplens.store.read.CustomerSort;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Customers page's filters and sort as query parameters, so a link restores what its sender saw:
 * {@code customers?q=c12&segment=lapsed&risk=high&spent=100&last=over_90_days&sort=churn_probability.desc}.
 * A parameter that does not parse is ignored rather than failing the page: links get edited by hand.
 */
record CustomerLink(CustomerFilter filter, Optional<CustomerSort.Order> sort) {

    static final CustomerLink NONE = new CustomerLink(CustomerFilter.ALL, Optional.empty());

    static CustomerLink parse(QueryParameters parameters) {
        Map<String, List<String>> p = parameters.getParameters();
        CustomerFilter filter = new CustomerFilter(
                first(p, "q").orElse(null),
                first(p, "segment").orElse(null),
                first(p, "risk")
                        .flatMap(v -> constant(CustomerFilter.ChurnRisk.class, v))
                        .orElse(null),
                first(p, "spent").flatMap(CustomerLink::amount).orElse(null),
                first(p, "last")
                        .flatMap(v -> constant(CustomerFilter.LastOrder.class, v))
                        .orElse(null));
        return new CustomerLink(filter, first(p, "sort").flatMap(CustomerLink::sort));
    }

    QueryParameters toQueryParameters() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "q", filter.idContains());
        put(p, "segment", filter.segment());
        put(p, "risk", filter.churnRisk() == null ? null : name(filter.churnRisk()));
        put(p, "spent", filter.minTotalRevenue() == null ? null : plain(filter.minTotalRevenue()));
        put(p, "last", filter.lastOrder() == null ? null : name(filter.lastOrder()));
        sort.ifPresent(o -> p.put("sort", name(o.column()) + (o.descending() ? ".desc" : ".asc")));
        return QueryParameters.simple(p);
    }

    private static Optional<CustomerSort.Order> sort(String value) {
        int dot = value.lastIndexOf('.');
        String column = dot < 0 ? value : value.substring(0, dot);
        boolean descending = dot >= 0 && value.substring(dot + 1).equalsIgnoreCase("desc");
        return constant(CustomerSort.class, column).map(c -> new CustomerSort.Order(c, descending));
    }

    private static Optional<Double> amount(String value) {
        try {
            double amount = Double.parseDouble(value);
            return amount >= 0 && Double.isFinite(amount) ? Optional.of(amount) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream()
                .filter(v -> !v.isBlank())
                .findFirst();
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }

    private static String name(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    private static String plain(double amount) {
        return amount == Math.rint(amount) ? String.valueOf((long) amount) : String.valueOf(amount);
    }
}
