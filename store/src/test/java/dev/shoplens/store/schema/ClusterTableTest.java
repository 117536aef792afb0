package dev.shoplens.store.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClusterTableTest {

    @Test
    void aDistributedTableNamesTheLocalTableOnEveryNodeOfItsCluster() {
        // As system.tables.engine_full shows the tables of infra/clickhouse/cluster.sql.
        assertThat(ClusterTable.behind(
                        "Distributed('{cluster}', 'shoplens', 'customer_features_local', cityHash64(customer_id))"))
                .contains(new ClusterTable("{cluster}", "shoplens", "customer_features_local"))
                .get()
                .extracting(ClusterTable::alterTarget)
                .isEqualTo("shoplens.customer_features_local ON CLUSTER '{cluster}'");
        assertThat(ClusterTable.behind("Distributed(production, shop_eu, orders_local)"))
                .contains(new ClusterTable("production", "shop_eu", "orders_local"));
    }

    @Test
    void anyOtherEngineIsItsOwnTarget() {
        assertThat(ClusterTable.behind(
                        "ReplacingMergeTree(version) ORDER BY customer_id SETTINGS index_granularity = 8192"))
                .isEmpty();
        assertThat(ClusterTable.behind("ReplicatedReplacingMergeTree('/clickhouse/{shard}/t', '{replica}', version)"))
                .isEmpty();
        assertThat(ClusterTable.behind(null)).isEmpty();
    }

    @Test
    void aNameThatIsNotPlainIsRefusedRatherThanPutIntoSql() {
        assertThatThrownBy(() -> new ClusterTable("a' ; DROP TABLE x; --", "shoplens", "t"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a plain ClickHouse name");
    }
}
