package dev.shoplens.audiences;

import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.scores.CustomerScore;
import java.util.Arrays;
import java.util.List;

/**
 * What the audience rules can ask of one customer, as of their newest score: one number per {@link AudienceField}
 * (NaN while unknown), the segment's name, and the categories they have bought from. Compact on purpose: the job keeps it per customer, so that a new or
 * changed audience is applied to every customer at once. A Flink POJO (public fields, a no-argument constructor).
 */
public class AudienceFacts {

    public String customerId;

    /** By {@link AudienceField#ordinal()}; NaN for an unknown value and for the text field. */
    public double[] numbers;

    public String segment;

    /**
     * The categories the customer has bought from, in lower case (from their orders' lines that name one); null or
     * empty: none. Kept by the membership from the purchases themselves, not by scoring.
     */
    public List<String> boughtCategories;

    /** The event time of the score the facts come from (epoch milliseconds). */
    public long asOf;

    /** {@code values()} once: it copies the array at every call, and scoring makes facts at every score. */
    private static final AudienceField[] FIELDS = AudienceField.values();

    public AudienceFacts() {}

    /**
     * The facts of a customer with {@code features}, scored as {@code score}; a null score (no model serves yet)
     * leaves every score's field unknown, so that rules on features alone admit customers from the start.
     */
    public static AudienceFacts of(CustomerFeatures features, CustomerScore score) {
        AudienceFacts facts = new AudienceFacts();
        facts.customerId = features.customerId();
        facts.numbers = new double[FIELDS.length];
        Arrays.fill(facts.numbers, Double.NaN);
        for (AudienceField field : FIELDS) {
            if (!field.isText() && (score != null || !field.fromScore())) {
                Double value = field.number(features, score);
                if (value != null) {
                    facts.numbers[field.ordinal()] = value;
                }
            }
        }
        facts.segment = score == null ? null : score.segmentName();
        facts.asOf = (score == null ? features.asOf() : score.asOf()).toEpochMilli();
        return facts;
    }

    /** Whether the customer has bought from {@code category} (lower case). */
    boolean boughtFrom(String category) {
        return boughtCategories != null && boughtCategories.contains(category);
    }

    /** The field's number; NaN while unknown (a rule saved by a later release may name a field this one lacks). */
    double number(AudienceField field) {
        return field.ordinal() < numbers.length ? numbers[field.ordinal()] : Double.NaN;
    }

    public Double value(AudienceField field) {
        double v = number(field);
        return Double.isNaN(v) ? null : v;
    }
}
