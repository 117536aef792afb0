package dev.shoplens.jobs.models;

import dev.shoplens.features.CustomerFeatures;

/** Features to score: as of an event, or as of a midnight ({@code daily}), which also counts for segment flows. */
public record ScoringInput(CustomerFeatures features, boolean daily) {}
