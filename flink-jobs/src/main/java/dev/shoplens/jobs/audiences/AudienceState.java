package dev.shoplens.jobs.audiences;

import dev.shoplens.audiences.AudienceFacts;
import java.util.ArrayList;
import java.util.List;

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
    /**
     * The categories the customer has bought from, in lower case and order: kept here as purchases come, and given to
     * each new score's facts.
     */
    public List<String> boughtCategories = new ArrayList<>();
    /** The event time of the newest score or purchase (epoch milliseconds; 0 in a state kept before 2026-12-07). */
    public long asOf;

    public AudienceState() {}
}
