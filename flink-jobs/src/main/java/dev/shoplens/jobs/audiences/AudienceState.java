package dev.shoplens.jobs.audiences;

import dev.shoplens.audiences.AudienceFacts;

/** What the membership remembers of a customer (a Flink POJO). */
public class AudienceState {
    /** As of the customer's newest score: what a new or changed audience is applied to. */
    public AudienceFacts facts;
    /** The ids of the audiences the customer is in. */
    public String[] memberOf = new String[0];
    /** The customer's changes so far, across audiences (the low part of each change's {@code seq}). */
    public long changes;
    /** When the customer is forgotten unless scored again first (event time; 0: not yet set). */
    public long forgetAt;

    public AudienceState() {}
}
