package dev.shoplens.dashboard.inventory;

import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Inventory page's filters and chosen product as query parameters, so a link restores what its sender saw:
 * {@code inventory?category=kitchen&risk=at_risk&product=p-17}. A parameter that does not parse is ignored rather than
 * failing the page: links get edited by hand.
 */
record InventoryLink(String category, RiskChoice risk, String product) {

    static final InventoryLink NONE = new InventoryLink(null, RiskChoice.ALL, null);

    InventoryLink {
        risk = risk == null ? RiskChoice.ALL : risk;
    }

    static InventoryLink parse(QueryParameters parameters) {
        Map<String, List<String>> p = parameters.getParameters();
        return new InventoryLink(
                first(p, "category").orElse(null),
                first(p, "risk").flatMap(InventoryLink::risk).orElse(RiskChoice.ALL),
                first(p, "product").orElse(null));
    }

    /** The parameter value of a risk choice, e.g. {@code at_risk}. */
    static String name(RiskChoice risk) {
        return risk.name().toLowerCase(Locale.ROOT);
    }

    QueryParameters toQueryParameters() {
        Map<String, String> p = new LinkedHashMap<>();
        if (category != null) {
            p.put("category", category);
        }
        if (risk != RiskChoice.ALL) {
            p.put("risk", name(risk));
        }
        if (product != null) {
            p.put("product", product);
        }
        return QueryParameters.simple(p);
    }

    private static Optional<RiskChoice> risk(String value) {
        try {
            return Optional.of(RiskChoice.valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> first(Map<String, List<String>> p, String key) {
        return Optional.ofNullable(p.get(key))
                .flatMap(values -> values.stream().findFirst())
                .map(String::strip)
                .filter(v -> !v.isEmpty());
    }
}
