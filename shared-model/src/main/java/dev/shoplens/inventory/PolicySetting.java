package dev.shoplens.inventory;

import java.time.Instant;

/**
 * The policy a product follows and where it comes from: its own setting, its category's, or the shop's default
 * ({@code scope}, {@code changedBy} and {@code changedAt} null).
 */
public record PolicySetting(InventoryPolicy policy, PolicyScope scope, String changedBy, Instant changedAt) {

    public static final PolicySetting DEFAULT = new PolicySetting(InventoryPolicy.DEFAULT, null, null, null);

    /** Its own, else its category's, else the default. */
    public static PolicySetting firstOf(PolicySetting product, PolicySetting category) {
        return product != null ? product : category != null ? category : DEFAULT;
    }
}
