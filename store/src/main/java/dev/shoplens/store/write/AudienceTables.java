package dev.shoplens.store.write;

import static dev.shoplens.store.write.Table.column;

import dev.shoplens.audiences.AudienceChange;
import java.time.Instant;
import java.util.List;

/**
 * The membership changes of schema version 11 ({@code sql/duckdb/V11__audiences.sql}); the definitions are saved by
 * {@code SqlAudienceBook}, one version at a time.
 */
final class AudienceTables {

    private AudienceTables() {}

    static final Table<AudienceChange> AUDIENCE_CHANGES = new Table<>(
            "audience_changes",
            c -> List.of(c.audienceId(), c.customerId(), c.seq()),
            List.of(
                    column("audience_id", AudienceChange::audienceId),
                    column("audience_version", AudienceChange::audienceVersion),
                    column("customer_id", AudienceChange::customerId),
                    column("seq", AudienceChange::seq),
                    column("change", AudienceChange::change),
                    column("changed_at", AudienceChange::at),
                    column("churn_risk", AudienceChange::churnRisk),
                    column("purchase_probability", AudienceChange::purchaseProbability),
                    column("expected_revenue_90d", AudienceChange::expectedRevenue90d),
                    column("segment_name", AudienceChange::segment),
                    column("written_at", r -> Instant.now())));
}
