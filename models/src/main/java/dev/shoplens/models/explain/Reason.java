package dev.shoplens.models.explain;

import dev.shoplens.features.CustomerFeature;
import dev.shoplens.models.features.FeaturePhrases;

/** One feature's share of a score (weight × scaled value, in log-odds), with the customer's value in words. */
public record Reason(CustomerFeature feature, String phrase, double contribution) {

    /** "no order for 64 days: +0.9". */
    public String sentence() {
        return phrase + ": " + FeaturePhrases.signed(contribution);
    }
}
