package dev.shoplens.dashboard.operations.flink;

/** Flink's REST API could not be asked, or answered with an error: the page says so and keeps what it showed. */
public class FlinkUnavailableException extends RuntimeException {

    public FlinkUnavailableException(String message) {
        super(message);
    }

    public FlinkUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
