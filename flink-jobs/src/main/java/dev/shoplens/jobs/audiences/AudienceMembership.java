package dev.shoplens.jobs.audiences;

import dev.shoplens.audiences.Audience;
import dev.shoplens.audiences.AudienceChange;
import dev.shoplens.audiences.AudienceFacts;
import dev.shoplens.audiences.AudienceRule;
import dev.shoplens.jobs.customers.CleanUpTimer;
import dev.shoplens.store.erasure.ErasedCustomers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keyed by customer, with the audiences' definitions as broadcast state: decides, at each score of a customer and
 * at each purchase from a category they had not bought from, whether they are in each audience, and emits a change
 * when they enter or leave one. A new or changed definition is
 * applied to every customer at once (on the facts of their newest score); an ended one lets every member leave.
 * Each change carries the event time of the score that decided it, and a {@code seq} that orders the customer's
 * changes. A customer not scored past the retention leaves every audience and is forgotten.
 */
public class AudienceMembership
        extends KeyedBroadcastProcessFunction<String, MembershipInput, Audience, AudienceChange> {

    public static final MapStateDescriptor<String, Audience> DEFINITIONS =
            new MapStateDescriptor<>("audience-definitions", Types.STRING, TypeInformation.of(Audience.class));

    private static final Logger LOG = LoggerFactory.getLogger(AudienceMembership.class);
    private static final ValueStateDescriptor<AudienceState> STATE =
            new ValueStateDescriptor<>("audiences", AudienceState.class);
    private static final long DAY = Duration.ofDays(1).toMillis();
    private static final long SAME_TIME = 1024;

    private final long forgetAfterMillis;
    private final ErasedCustomers.Source erasedSource;
    private transient ValueState<AudienceState> state;
    private transient ErasedCustomers erased;
    // Parsed rules by audience id, of the version they were parsed for; null: a rule this release cannot apply.
    private transient Map<String, Parsed> rules;

    private record Parsed(int version, AudienceRule rule) {}

    /**
     * @param retention a customer not scored for this long is forgotten (scoring forgets them then too)
     * @param erased the erased customers, whose state goes when a definition is applied
     */
    public AudienceMembership(Duration retention, ErasedCustomers.Source erased) {
        // Two days past the retention, as scoring keeps them.
        this.forgetAfterMillis = retention.toMillis() + 2 * DAY;
        this.erasedSource = erased;
    }

    @Override
    public void open(OpenContext openContext) {
        state = getRuntimeContext().getState(STATE);
        erased = new ErasedCustomers(erasedSource, ErasedCustomers.REFRESH);
        rules = new HashMap<>();
    }

    @Override
    public void processElement(MembershipInput input, ReadOnlyContext ctx, Collector<AudienceChange> out)
            throws Exception {
        AudienceState s = state.value();
        if (s == null) {
            s = new AudienceState();
        }
        if (s.boughtCategories == null) {
            s.boughtCategories = new ArrayList<>(); // a customer kept by a release before 2026-12-07
        }
        s.asOf = Math.max(s.asOf, input.at);
        boolean decides = input.facts != null ? scored(s, input.facts) : bought(s, input.categories);
        if (decides) {
            for (Map.Entry<String, Audience> e :
                    ctx.getBroadcastState(DEFINITIONS).immutableEntries()) {
                decide(e.getValue(), s, ctx.getCurrentKey(), out);
            }
        }
        s.forgetAt = CleanUpTimer.moveAtMostDaily(ctx.timerService(), s.forgetAt, input.at + forgetAfterMillis);
        state.update(s);
    }

    /** A new score's facts, with the categories bought so far: every audience is decided again. */
    private static boolean scored(AudienceState s, AudienceFacts facts) {
        facts.boughtCategories = s.boughtCategories;
        s.facts = facts;
        return true;
    }

    /**
     * A purchase's categories: the audiences are decided again, on the newest score's facts, when it adds a category
     * and the customer has been scored (else their first score decides).
     */
    private static boolean bought(AudienceState s, List<String> categories) {
        boolean added = false;
        for (String category : categories) {
            int at = Collections.binarySearch(s.boughtCategories, category);
            if (at < 0) {
                s.boughtCategories.add(-at - 1, category);
                added = true;
            }
        }
        if (s.facts != null) {
            s.facts.boughtCategories = s.boughtCategories;
        }
        return added && s.facts != null;
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<AudienceChange> out) throws Exception {
        AudienceState s = state.value();
        if (s == null || timestamp < s.forgetAt) {
            return;
        }
        if (ctx.timerService().currentWatermark() < Audiences.DEFINITIONS_WATERMARK) {
            // Not scored past the retention (scoring has forgotten them too): they leave every audience. At the end
            // of the input every timer fires and nobody has been silent: the memberships stand.
            for (String id : s.memberOf) {
                Audience audience = ctx.getBroadcastState(DEFINITIONS).get(id);
                if (audience != null) {
                    s.changes++;
                    out.collect(AudienceChange.of(
                            audience,
                            ctx.getCurrentKey(),
                            seq(s, timestamp),
                            false,
                            Instant.ofEpochMilli(timestamp),
                            s.facts));
                }
            }
        }
        state.clear();
    }

    /**
     * The change's place among the customer's changes: the event time first, then their count of changes (at most
     * {@value #SAME_TIME} at one time), so that the newest change is the largest even where the job started afresh
     * on a store an earlier run wrote to, and a replayed change is the same row again.
     */
    private static long seq(AudienceState s, long at) {
        return at * SAME_TIME + Math.floorMod(s.changes, SAME_TIME);
    }

    @Override
    public void processBroadcastElement(Audience audience, Context ctx, Collector<AudienceChange> out)
            throws Exception {
        BroadcastState<String, Audience> definitions = ctx.getBroadcastState(DEFINITIONS);
        Audience known = definitions.get(audience.id());
        if (known != null && known.version() >= audience.version()) {
            return; // every poll brings every definition again
        }
        definitions.put(audience.id(), audience);
        if (known == null && !audience.active()) {
            return; // ended before this job applied it: nobody is in it
        }
        ctx.applyToKeyedState(STATE, (customer, customerState) -> {
            AudienceState s = customerState.value();
            if (s == null || s.facts == null) {
                return;
            }
            if (erased.isErased(customer)) {
                customerState.clear(); // no change of theirs may come out again; their clean-up timer finds nothing
                return;
            }
            long before = s.changes;
            decide(audience, s, customer, out);
            if (s.changes != before) {
                customerState.update(s);
            }
        });
    }

    /** Whether the customer is in {@code audience} now; a change when that differs from before. */
    private void decide(Audience audience, AudienceState s, String customer, Collector<AudienceChange> out) {
        boolean was = Arrays.asList(s.memberOf).contains(audience.id());
        AudienceRule rule = audience.active() ? rule(audience) : null;
        boolean now = rule != null && rule.matches(s.facts);
        if (was == now) {
            return;
        }
        s.memberOf = now ? with(s.memberOf, audience.id()) : without(s.memberOf, audience.id());
        s.changes++;
        // As of the newest score or purchase, so that a customer's later change never has a smaller seq.
        long at = Math.max(s.asOf, s.facts.asOf);
        out.collect(AudienceChange.of(audience, customer, seq(s, at), now, Instant.ofEpochMilli(at), s.facts));
    }

    private AudienceRule rule(Audience audience) {
        Parsed parsed = rules.get(audience.id());
        if (parsed == null || parsed.version() != audience.version()) {
            AudienceRule rule;
            try {
                rule = audience.parsedRule();
            } catch (IllegalArgumentException e) {
                // Saved rules were checked when saved; one this release cannot read (a later release's field)
                // admits nobody rather than stopping the job.
                LOG.warn(
                        "audience {} version {}: its rule cannot be applied: {}",
                        audience.id(),
                        audience.version(),
                        e.getMessage());
                rule = null;
            }
            parsed = new Parsed(audience.version(), rule);
            rules.put(audience.id(), parsed);
        }
        return parsed.rule();
    }

    private static String[] with(String[] ids, String id) {
        String[] more = Arrays.copyOf(ids, ids.length + 1);
        more[ids.length] = id;
        return more;
    }

    private static String[] without(String[] ids, String id) {
        return Arrays.stream(ids).filter(i -> !i.equals(id)).toArray(String[]::new);
    }
}
