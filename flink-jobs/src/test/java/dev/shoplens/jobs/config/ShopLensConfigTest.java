package dev.shoplens.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shoplens.store.ClickHouseSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShopLensConfigTest {

    @Test
    void aSecretCanComeFromTheFileItsFileVariableNames(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("clickhouse_password"), "s3cr3t with space \n");

        ShopLensConfig config =
                ShopLensConfig.load(null, Map.of("SHOPLENS_STORE_CLICKHOUSE_PASSWORD_FILE", secret.toString()));

        assertThat(((ClickHouseSettings) config.store()).password()).isEqualTo("s3cr3t with space ");
    }

    @Test
    void aSecretGivenTwiceOrInAFileThatIsNotThereStopsTheStart(@TempDir Path dir) {
        assertThatThrownBy(() -> ShopLensConfig.load(
                        null,
                        Map.of(
                                "SHOPLENS_STORE_CLICKHOUSE_PASSWORD",
                                "a",
                                "SHOPLENS_STORE_CLICKHOUSE_PASSWORD_FILE",
                                dir.resolve("b").toString())))
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> ShopLensConfig.load(
                        null,
                        Map.of(
                                "SHOPLENS_STORE_CLICKHOUSE_PASSWORD_FILE",
                                dir.resolve("missing").toString())))
                .hasMessageContaining("cannot read SHOPLENS_STORE_CLICKHOUSE_PASSWORD_FILE");
    }

    @Test
    void clickHouseTrafficIsCompressedUnlessSwitchedOff() {
        assertThat(((ClickHouseSettings) ShopLensConfig.load(null, Map.of()).store()).compress())
                .isTrue();
        assertThat(((ClickHouseSettings)
                                ShopLensConfig.load(null, Map.of("SHOPLENS_STORE_CLICKHOUSE_COMPRESS", "false"))
                                        .store())
                        .compress())
                .isFalse();
        assertThatThrownBy(() -> ShopLensConfig.load(null, Map.of("SHOPLENS_STORE_CLICKHOUSE_COMPRESS", "yes")))
                .hasMessage("store.clickhouse.compress must be true or false, was yes");
    }
}
