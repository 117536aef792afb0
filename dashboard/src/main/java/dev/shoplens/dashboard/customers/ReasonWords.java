package dev.shoplens.dashboard.customers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The reasons stored with a score ("no order for 64 days: +0.9; 0 visits in the last 30 days: +0.4", each a fact and
 * its contribution to the log-odds) in plain words: "No order for 64 days: raises the churn risk strongly". The
 * number stays in brackets for those who want it.
 */
public final class ReasonWords {

    /** Contributions from this size on are "strong", below {@link #NOTABLE} "slight" (log-odds). */
    static final double STRONG = 1.0;

    static final double NOTABLE = 0.3;

    private ReasonWords() {}

    /** One sentence per reason, largest first as stored; {@code what} names the score ("the churn risk"). */
    static List<String> sentences(String reasons, String what) {
        List<String> result = new ArrayList<>();
        if (reasons == null || reasons.isBlank()) {
            return result;
        }
        for (String reason : reasons.split(";\\s*")) {
            result.add(sentence(reason.strip(), what));
        }
        return result;
    }

    static String sentence(String reason, String what) {
        int colon = reason.lastIndexOf(": ");
        if (colon < 0) {
            return capitalised(reason);
        }
        double contribution;
        try {
            contribution = Double.parseDouble(reason.substring(colon + 2));
        } catch (NumberFormatException e) {
            return capitalised(reason);
        }
        String fact = capitalised(reason.substring(0, colon));
        return fact + ": " + effect(contribution, what) + " (" + reason.substring(colon + 2) + ")";
    }

    /** Which way and how strongly a log-odds contribution pushes {@code what}: "raises the churn risk strongly". */
    public static String effect(double contribution, String what) {
        return (contribution >= 0 ? "raises " : "lowers ") + what + strength(contribution);
    }

    private static String strength(double contribution) {
        double size = Math.abs(contribution);
        return size >= STRONG ? " strongly" : size >= NOTABLE ? "" : " slightly";
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
