package dev.shoplens.inventory;

import java.util.Locale;

/** What an inventory setting applies to: one product, or every product of a category that has none of its own. */
public enum PolicyScope {
    PRODUCT,
    CATEGORY;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The scope a stored row names; refuses a name no scope has. */
    public static PolicyScope fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
