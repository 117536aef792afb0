package dev.shoplens.models.labels;

/** The customer models ShopLens keeps, by their registry name. */
public enum ModelKind {
    /** Probability of no purchase within the churn horizon. */
    CHURN("churn", "the churn risk"),
    /** Probability of a purchase within the purchase horizon. */
    PURCHASE("purchase", "the purchase probability"),
    /** Expected orders and revenue over the value horizon. */
    VALUE("value", "the expected value"),
    /** Segments of customers by value and behaviour. */
    SEGMENTS("segments", "the segment");

    private final String registryName;
    private final String words;

    ModelKind(String registryName, String words) {
        this.registryName = registryName;
        this.words = words;
    }

    public String registryName() {
        return registryName;
    }

    /** How a sentence names what the model predicts. */
    public String words() {
        return words;
    }

    public boolean isClassifier() {
        return this == CHURN || this == PURCHASE;
    }

    public static ModelKind of(String registryName) {
        for (ModelKind kind : values()) {
            if (kind.registryName.equals(registryName)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown model kind " + registryName);
    }
}
