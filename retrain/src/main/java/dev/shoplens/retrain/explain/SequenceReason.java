package dev.shoplens.retrain.explain;

import dev.shoplens.models.explain.Reason;
import dev.shoplens.retrain.sequences.Channel;

/**
 * One channel's share of an LSTM score, in log-odds like the logistic reasons: how far the score moves when the
 * channel's whole sequence is replaced by that of a typical customer; with the customer's own figure as a fact.
 */
public record SequenceReason(Channel channel, Reason reason) {

    public double contribution() {
        return reason.contribution();
    }
}
