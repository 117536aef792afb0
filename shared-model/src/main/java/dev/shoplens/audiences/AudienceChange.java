package dev.shoplens.audiences;

import java.time.Instant;

/**
 * A customer entered or left an audience, as of the event time of the score that decided it, with the scores that
 * decided it. The stream of these is how another tool acts on an audience (email, ads, a call list).
 *
 * @param audienceVersion the definition's version that decided it
 * @param seq orders the customer's changes: the event time in milliseconds times 1,024 plus the customer's count of
 *     changes, so that the newest change of a customer in an audience is the one with the largest seq, even where two
 *     share an event time (a definition changed between two scores) or a job started afresh on an earlier run's store
 * @param entered true: entered; false: left (the rule stopped holding, or the audience ended or changed)
 */
public record AudienceChange(
        String audienceId,
        int audienceVersion,
        String customerId,
        long seq,
        boolean entered,
        Instant at,
        Double churnRisk,
        Double purchaseProbability,
        Double expectedRevenue90d,
        String segment) {

    public static AudienceChange of(
            Audience audience, String customerId, long seq, boolean entered, Instant at, AudienceFacts f) {
        return new AudienceChange(
                audience.id(),
                audience.version(),
                customerId,
                seq,
                entered,
                at,
                f.value(AudienceField.CHURN_RISK),
                f.value(AudienceField.PURCHASE_PROBABILITY),
                f.value(AudienceField.EXPECTED_REVENUE_90D),
                f.segment);
    }

    /** "enter" or "leave", as the store and the topic write it. */
    public String change() {
        return entered ? "enter" : "leave";
    }
}
