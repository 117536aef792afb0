package dev.shoplens.launcher.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shoplens.launcher.Cli;
import dev.shoplens.launcher.erasure.ErasureEvents;
import dev.shoplens.privacy.CustomerPseudonyms;
import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.store.erasure.CustomerErasure;
import dev.shoplens.store.read.ShopReader;
import dev.shoplens.testing.TextColumns;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shop that keeps its customers' own ids out of ShopLens, as it runs the commands: the import keeps pseudonyms
 * alone, {@code shoplens pseudonym} gives the shop the pseudonym of its own id, and {@code shoplens erase} with the
 * shop's own id erases the pseudonym's rows and the rejected input that mentions the own id, through a replay.
 */
class PseudonymousShopIT {

    static final String KEY = "an example key of the shop, 32 bytes or more";
    static final String ERASED = "c-erase-me";
    static final String KEPT = "c-keep-me";

    @TempDir
    Path dir;

    @Test
    void theStoreKeepsPseudonymsAloneAndErasingTheShopsOwnIdTakesEverythingOfIt() throws Exception {
        Path events = ErasureEvents.write(dir, ERASED, KEPT);
        DuckDbSettings store = DuckDbSettings.inDataDir(dir.resolve("store"));
        Path config = Cli.duckDbConfig(
                dir.resolve("shoplens.yaml"),
                dir.resolve("store").resolve("shoplens.duckdb"),
                "privacy:",
                "  pseudonymKey: \"" + KEY + "\"");
        String[] withConfig = {"--config", config.toString()};
        Cli.run(Cli.concat(new String[] {"import", "--events", events.toString()}, withConfig));

        String kept = pseudonymOf(KEPT, withConfig);
        String erased = pseudonymOf(ERASED, withConfig);
        assertThat(kept)
                .isEqualTo(CustomerPseudonyms.keyed(KEY).of(KEPT))
                .startsWith("c-")
                .hasSize(34);
        try (Connection c = store.connect()) {
            assertThat(TextColumns.holding(c, "duckdb", KEPT))
                    .as("the shop's own id")
                    .isEmpty();
            assertThat(TextColumns.holding(c, "duckdb", ERASED))
                    .as("a rejected line keeps its payload as it came")
                    .containsExactly("rejected_events.payload");
            assertThat(TextColumns.holding(c, "duckdb", kept))
                    .contains("customer_features.customer_id", "orders.customer_id");
        }

        JsonNode report = new ObjectMapper()
                .readTree(Cli.run(
                        Cli.concat(new String[] {"erase", "--customer", ERASED, "--settle-seconds", "0"}, withConfig)));
        assertThat(report.path("customerHash").asText()).isEqualTo(CustomerErasure.hash(erased));
        assertThat(report.path("rowsDeleted").path("rejected_events").asLong()).isEqualTo(1);
        Cli.run(Cli.concat(new String[] {"import", "--events", events.toString()}, withConfig));

        try (Connection c = store.connect()) {
            assertThat(TextColumns.holding(c, "duckdb", ERASED)).isEmpty();
            assertThat(TextColumns.holding(c, "duckdb", erased))
                    .as("the erased pseudonym, after a replay")
                    .isEmpty();
            assertThat(TextColumns.holding(c, "duckdb", kept)).contains("customer_features.customer_id");
        }
        try (ShopReader reader = store.openReader()) {
            assertThat(reader.erasure().erasedHashes()).containsExactly(CustomerErasure.hash(erased));
            assertThat(reader.customers().find(kept)).isPresent();
        }
        // A pseudonym copied from the dashboard is erased as it is, not hashed again.
        JsonNode byPseudonym = new ObjectMapper()
                .readTree(Cli.run(
                        Cli.concat(new String[] {"erase", "--customer", kept, "--settle-seconds", "0"}, withConfig)));
        assertThat(byPseudonym.path("customerHash").asText()).isEqualTo(CustomerErasure.hash(kept));
        assertThat(byPseudonym.path("rowsDeleted").path("customer_features").asLong())
                .isEqualTo(1);
    }

    private static String pseudonymOf(String id, String[] withConfig) {
        String line =
                Cli.run(Cli.concat(new String[] {"pseudonym", id}, withConfig)).strip();
        assertThat(line).startsWith(id + "\t");
        return line.substring(id.length() + 1);
    }
}
