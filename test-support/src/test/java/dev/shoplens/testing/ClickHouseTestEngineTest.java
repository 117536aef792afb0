package dev.shoplens.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which ClickHouse the tests get: the embedded engine unless the system property asks for the server image. */
class ClickHouseTestEngineTest {

    @AfterEach
    void clearProperty() {
        System.clearProperty(ClickHouseTestEngine.ENGINE_PROPERTY);
    }

    @Test
    void theEmbeddedEngineUnlessTheServerIsAskedFor() {
        assertThat(ClickHouseTestEngine.chosen()).isEqualTo("chdb");
        System.setProperty(ClickHouseTestEngine.ENGINE_PROPERTY, " Server ");
        assertThat(ClickHouseTestEngine.chosen()).isEqualTo("server");
    }

    @Test
    void anUnknownEngineIsRefusedByName() {
        System.setProperty(ClickHouseTestEngine.ENGINE_PROPERTY, "mysql");
        assertThatThrownBy(() -> ClickHouseTestEngine.start(Path.of("unused")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shoplens.clickhouse must be chdb or server, was mysql");
    }
}
