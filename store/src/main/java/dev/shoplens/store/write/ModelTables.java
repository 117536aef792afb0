package dev.shoplens.store.write;

import static dev.shoplens.store.write.Table.column;

import dev.shoplens.scores.CustomerScore;
import dev.shoplens.scores.ModelVersionRow;
import dev.shoplens.scores.SegmentFlow;
import java.time.Instant;
import java.util.List;

/** The model tables of schema version 2 ({@code sql/duckdb/V2__models.sql}). */
final class ModelTables {

    private ModelTables() {}

    static final Table<ModelVersionRow> MODEL_VERSIONS = new Table<>(
            "model_versions",
            ModelVersionRow::key,
            List.of(
                    column("kind", ModelVersionRow::kind),
                    column("version", ModelVersionRow::version),
                    column("parent", ModelVersionRow::parent),
                    column("trained_at", ModelVersionRow::trainedAt),
                    column("trained_at_wall", ModelVersionRow::trainedAtWall),
                    column("training_rows", ModelVersionRow::trainingRows),
                    column("full_retrain", ModelVersionRow::fullRetrain),
                    column("metrics", ModelVersionRow::metricsJson),
                    column("provenance", ModelVersionRow::provenanceJson),
                    column("model", ModelVersionRow::model),
                    column("promoted", ModelVersionRow::promoted),
                    column("serving", ModelVersionRow::serving),
                    column("written_at", r -> Instant.now())));

    static final Table<CustomerScore> CUSTOMER_SCORES = new Table<>(
            "customer_scores",
            CustomerScore::customerId,
            List.of(
                    column("customer_id", CustomerScore::customerId),
                    column("as_of", CustomerScore::asOf),
                    column("churn_probability", CustomerScore::churnProbability),
                    column("churn_version", CustomerScore::churnVersion),
                    column("purchase_probability", CustomerScore::purchaseProbability),
                    column("purchase_version", CustomerScore::purchaseVersion),
                    column("expected_orders_90d", CustomerScore::expectedOrders90d),
                    column("expected_revenue_90d", CustomerScore::expectedRevenue90d),
                    column("expected_next_order_at", CustomerScore::expectedNextOrderAt),
                    column("value_version", CustomerScore::valueVersion),
                    column("segment_id", CustomerScore::segmentId),
                    column("segment_name", CustomerScore::segmentName),
                    column("segment_version", CustomerScore::segmentVersion),
                    column("churn_reasons", CustomerScore::churnReasons),
                    column("purchase_reasons", CustomerScore::purchaseReasons),
                    column("changes", CustomerScore::changes),
                    column("written_at", r -> Instant.now())));

    static final Table<SegmentFlow> SEGMENT_FLOWS = new Table<>(
            "segment_flows",
            r -> List.of(r.day(), r.fromSegment(), r.toSegment()),
            List.of(
                    column("day", SegmentFlow::day),
                    column("from_segment", SegmentFlow::fromSegment),
                    column("to_segment", SegmentFlow::toSegment),
                    column("to_name", SegmentFlow::toName),
                    column("customers", SegmentFlow::customers),
                    column("written_at", r -> Instant.now())));
}
