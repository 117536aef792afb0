package dev.shoplens.jobs.models;

import dev.shoplens.features.CustomerFeatures;

/** Features to score: as of an event, or as of a midnight ({@code daily}), which also counts for segment flows. */
public record ScoringInput(CustomerFeatures features, boolean daily) {

    /** Features as of one of the customer's events (what the customer-features table keeps). */
    public boolean afterEvent() {
        return !daily;
    }
}
