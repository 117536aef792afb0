package dev.shoplens.retrain.explain;

import dev.shoplens.models.features.FeaturePhrases;
import dev.shoplens.retrain.sequences.Channel;

/**
 * One channel's share of an LSTM score, in log-odds like the logistic reasons: how far the score moves when the
 * channel's whole sequence is replaced by that of a typical customer; with the customer's own figure in words.
 */
public record SequenceReason(Channel channel, String phrase, double contribution) {

    /** "no order for 40 days: +0.8". */
    public String sentence() {
        return phrase + ": " + FeaturePhrases.signed(contribution);
    }
}
