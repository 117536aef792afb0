package dev.shoplens.dashboard.operations.retrain;

/**
 * Runs the nightly LSTM retrain now, for the Operations page's button. The dashboard does not train (DL4J and its
 * native libraries stay out of it): an application that embeds the dashboard next to the retrain, such as the
 * demo, supplies this bean, backed by the same entry point as its nightly schedule. Without one, the page explains
 * that the retrain runs as a job of its own.
 */
public interface RetrainRunner {

    /** Retrains every LSTM kind and returns when done (minutes); one retrain at a time, or {@code BUSY}. */
    RetrainOutcome retrainNow();
}
