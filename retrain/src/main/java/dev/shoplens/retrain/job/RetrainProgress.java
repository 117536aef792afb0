package dev.shoplens.retrain.job;

/**
 * Told what a retrain is doing as it goes (which model, which step, which epoch), for a command line to show;
 * called on the retrain's thread. The nightly schedule passes {@link #SILENT}: its runs are logged when done.
 */
@FunctionalInterface
public interface RetrainProgress {

    RetrainProgress SILENT = status -> {};

    /** The retrain is now at {@code status}, e.g. {@code purchase LSTM: epoch 3 of at most 30}. */
    void now(String status);
}
