package dev.shoplens.quality;

/** Why an event was rejected. Each reason is counted on its own and shown to engineers. */
public enum RejectReason {
    NOT_UTF8("payload is not valid UTF-8"),
    OVERSIZED("payload is larger than the allowed size"),
    MALFORMED_JSON("payload is not well-formed JSON"),
    NOT_AN_OBJECT("payload is JSON but not an object"),
    MISSING_FIELD("a required field is missing or null"),
    WRONG_TYPE("a field has the wrong JSON type"),
    UNKNOWN_TYPE("the event type is not one of the v1 types"),
    INVALID_TIME("the time is not an ISO-8601 instant with a zone"),
    FUTURE_TIME("the time is further in the future than allowed"),
    NEGATIVE_PRICE("a price is negative"),
    NEGATIVE_QUANTITY("a quantity or stock level is negative or zero where it must be positive"),
    NO_LINES("a purchase or return has no lines"),
    INVALID_VALUE("a field has a value outside its allowed range"),
    LATE("the event is later than the allowed lateness"),
    DUPLICATE("an event with the same eventId was already accepted"),
    UNPARSEABLE_ROW("an imported row could not be read with the given column mapping");

    private final String description;

    RejectReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
