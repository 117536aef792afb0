package dev.shoplens.models.explain;

/**
 * One fact's share of a score (in log-odds), with the customer's figure: "no order for 64 days: +0.9" once phrased.
 *
 * @param value the customer's figure (NaN where it does not exist yet)
 * @param window the days the figure is summed over, for the facts that name a window (the LSTM's); 0 otherwise
 */
public record Reason(Fact fact, double value, int window, double contribution) {

    /** The reason in English, short: "no order for 64 days: +0.9". */
    public String sentence() {
        return ReasonPhrases.ENGLISH.brief(this);
    }
}
