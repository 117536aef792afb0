package dev.shoplens.models.recommend;

/**
 * One product recommended to a customer.
 *
 * @param rank 1 for the first
 * @param score what ranked it (comparable within one list only)
 * @param why what it rests on, with its numbers, so that a page can say it in the reader's language
 */
public record Recommendation(String productId, int rank, double score, Why why) {

    /** What put a product on the list. */
    public enum Basis {
        /** The customer bought it {@code count} times ({@code of} is 0). */
        OWN,
        /** {@code count} of the {@code of} customers who buy most like them bought it. */
        NEIGHBOURS,
        /** {@code count} customers bought it in the last {@code of} days. */
        POPULAR
    }

    /** A recommendation's basis and its numbers (see {@link Basis}). */
    public record Why(Basis basis, int count, int of) {}

    /** Why, in words a manager can read out to the customer ("you bought it 4 times"). */
    public String reason() {
        return switch (why.basis()) {
            case OWN -> why.count() == 1 ? "you bought it once" : "you bought it " + why.count() + " times";
            case NEIGHBOURS -> "bought by " + why.count() + " of the " + why.of() + " customers who buy most like you";
            case POPULAR -> "bought by " + (why.count() == 1 ? "1 customer" : why.count() + " customers")
                    + " in the last " + why.of() + " days";
        };
    }
}
