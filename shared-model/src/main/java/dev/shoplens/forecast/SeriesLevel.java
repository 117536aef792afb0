package dev.shoplens.forecast;

import java.util.Locale;

/** What a demand series adds up: one product, one category's products, or the whole shop. */
public enum SeriesLevel {
    PRODUCT,
    CATEGORY,
    SHOP;

    /** The name the store and the dashboard use. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SeriesLevel ofWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
