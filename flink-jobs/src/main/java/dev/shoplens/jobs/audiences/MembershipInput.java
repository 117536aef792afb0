package dev.shoplens.jobs.audiences;

import dev.shoplens.audiences.AudienceFacts;
import dev.shoplens.event.EventType;
import dev.shoplens.event.OrderLine;
import dev.shoplens.event.ShopEvent;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What reaches a customer's membership: the facts of a new score, or the categories of a purchase (a Flink POJO; one
 * of {@link #facts} and {@link #categories} is set). The categories come straight from the purchase, not through
 * scoring, so a purchase that makes a customer leave a "never bought from toys" audience acts at once.
 */
public class MembershipInput {

    public String customerId;
    public AudienceFacts facts;
    /** The distinct categories the purchase's lines name, in lower case. */
    public List<String> categories;
    /** The purchase's event time (epoch milliseconds). */
    public long at;

    public MembershipInput() {}

    static MembershipInput of(AudienceFacts facts) {
        MembershipInput input = new MembershipInput();
        input.customerId = facts.customerId;
        input.facts = facts;
        input.at = facts.asOf;
        return input;
    }

    /** Whether the event is a customer's purchase whose lines name a category. */
    static boolean namesCategories(ShopEvent event) {
        return event.type() == EventType.PURCHASE
                && event.customerId() != null
                && event.lines().stream().anyMatch(l -> l.category() != null);
    }

    static MembershipInput boughtIn(ShopEvent purchase) {
        MembershipInput input = new MembershipInput();
        input.customerId = purchase.customerId();
        input.categories = purchase.lines().stream()
                .map(OrderLine::category)
                .filter(Objects::nonNull)
                .map(c -> c.toLowerCase(Locale.ROOT))
                .distinct()
                .sorted()
                .toList();
        input.at = purchase.time().toEpochMilli();
        return input;
    }
}
