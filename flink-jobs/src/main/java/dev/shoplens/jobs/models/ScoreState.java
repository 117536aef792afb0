package dev.shoplens.jobs.models;

import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.models.scoring.CustomerScorer;

/**
 * What scoring remembers of a customer: the newest features (to rescore at the end of the input), the previous
 * scores (to say what changed) and the segment at the previous midnight (for segment flows).
 */
public class ScoreState {
    public CustomerFeatures latest;
    public CustomerScorer.Memory memory;
    public int segmentAtLastMidnight = -1;
    /** Features came with an event and wait for the watermark to be scored. */
    public boolean scoreDue;
    /** When the customer's scores are dropped unless they come back first (event time; 0: no event yet). */
    public long forgetAt;
    /** The sum of the serving versions when the customer was last scored (0: not yet). */
    public long scoredWith;

    public ScoreState() {}
}
