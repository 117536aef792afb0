package dev.shoplens.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.state.rocksdb.EmbeddedRocksDBStateBackend.PriorityQueueStateType;
import org.apache.flink.state.rocksdb.RocksDBOptions;
import org.junit.jupiter.api.Test;

class JobRuntimeTest {

    @Test
    void rocksDbGetsHeapTimersIncrementalCheckpointsAndTheConfiguredManagedMemory() {
        ShopLensConfig config = ShopLensConfig.load(null, Map.of("SHOPLENS_FLINK_MANAGED_MEMORY", "768m"));

        Configuration conf = JobRuntime.configuration(config, null);

        assertThat(conf.get(StateBackendOptions.STATE_BACKEND)).isEqualTo("rocksdb");
        assertThat(conf.get(RocksDBOptions.TIMER_SERVICE_FACTORY)).isEqualTo(PriorityQueueStateType.HEAP);
        assertThat(conf.get(CheckpointingOptions.INCREMENTAL_CHECKPOINTS)).isTrue();
        assertThat(conf.get(TaskManagerOptions.MANAGED_MEMORY_SIZE)).isEqualTo(MemorySize.ofMebiBytes(768));
    }

    @Test
    void theHeapBackendTakesNoneOfRocksDbsSettings() {
        ShopLensConfig config = ShopLensConfig.load(null, Map.of("SHOPLENS_FLINK_STATE_BACKEND", "hashmap"));

        Configuration conf = JobRuntime.configuration(config, null);

        assertThat(conf.get(StateBackendOptions.STATE_BACKEND)).isEqualTo("hashmap");
        assertThat(conf.contains(RocksDBOptions.TIMER_SERVICE_FACTORY)).isFalse();
        assertThat(conf.contains(TaskManagerOptions.MANAGED_MEMORY_SIZE)).isFalse();
    }

    @Test
    void aManagedMemoryThatIsNoSizeOrTooSmallStopsTheStart() {
        assertThatThrownBy(() -> ShopLensConfig.load(null, Map.of("SHOPLENS_FLINK_MANAGED_MEMORY", "lots")))
                .hasMessage("flink.managedMemory must be a size such as 512m or 1g, was lots");
        assertThatThrownBy(() -> ShopLensConfig.load(null, Map.of("SHOPLENS_FLINK_MANAGED_MEMORY", "16m")))
                .hasMessage("flink.managedMemory must be at least 64m, was 16m");
    }
}
