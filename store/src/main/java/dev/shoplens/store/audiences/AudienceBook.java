package dev.shoplens.store.audiences;

import dev.shoplens.audiences.Audience;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The audiences as managers define them and read them: every definition's versions, and who is in each. */
public interface AudienceBook {

    /** The newest version of every audience, ended ones too, in name order. */
    List<Audience> current();

    Optional<Audience> current(String audienceId);

    /**
     * Saves a new audience (version 1) or the next version of one. Refuses a version that is not the next one (two
     * managers editing at once: the second is told to look again) and a new audience whose id is taken.
     */
    void save(Audience audience);

    /** How many customers are in the audience now, and their expected revenue of the next 90 days (as scored). */
    Size size(String audienceId);

    /** The audience's members, largest expected revenue first, at most {@code limit}. */
    List<Member> members(String audienceId, int limit);

    /**
     * The audience's size at the end of each day a change happened (event time), with its members' expected revenue
     * of the next 90 days as scored when each of them came in.
     */
    List<DaySize> sizes(String audienceId);

    record Size(long customers, double expectedRevenue90d) {}

    /** A member, with the scores that let them in and their newest scores (null where there is none). */
    record Member(
            String customerId,
            Instant since,
            int audienceVersion,
            Double churnRisk,
            Double purchaseProbability,
            Double expectedRevenue90d,
            String segment,
            String churnReasons) {}

    record DaySize(LocalDate day, long customers, double expectedRevenue90d) {}
}
