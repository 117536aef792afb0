package dev.shoplens.launcher.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shoplens.launcher.Cli;
import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.store.audit.AuditEntry;
import dev.shoplens.store.erasure.CustomerErasure;
import dev.shoplens.store.read.ShopReader;
import dev.shoplens.testing.TextColumns;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deletion request as a shop makes it, with the real feature job: the shop's events are imported, the customer is
 * erased with {@code shoplens erase}, and the same events are imported again (a replay). Afterwards no text column
 * of any table holds the id, the revenue still counts the customer's orders (anonymised), one customer fewer is
 * counted, and the audit log names the erasure by the id's hash. On DuckDB here, on the ClickHouse engine in
 * {@link EraseCommandOnClickHouseIT}: a JVM of its own, since a JVM that has loaded the engine (a native library) is
 * not safe for what comes after it.
 */
class EraseCommandIT {

    static final String ERASED = "c-erase-me";
    static final String KEPT = "c-keep-me";

    @TempDir
    Path dir;

    @Test
    void anErasedCustomerStaysErasedThroughAReplayOnDuckDb() throws Exception {
        Path events = events(dir);
        String[] store = {"--data-dir", dir.resolve("store").toString()};
        DuckDbSettings settings = DuckDbSettings.inDataDir(dir.resolve("store"));

        eraseBetweenTwoImports(events, store, settings::connect, "duckdb", () -> settings.openReader());
    }

    static void eraseBetweenTwoImports(
            Path events, String[] store, Connections connect, String dialect, Readers readers) throws Exception {
        JsonNode before = json(Cli.run(Cli.concat(new String[] {"import", "--events", events.toString()}, store)));
        try (Connection c = connect.open()) {
            assertThat(TextColumns.holding(c, dialect, ERASED)).contains("customer_features.customer_id");
        }

        JsonNode report =
                json(Cli.run(Cli.concat(new String[] {"erase", "--customer", ERASED, "--settle-seconds", "1"}, store)));
        assertThat(report.path("customerHash").asText()).isEqualTo(CustomerErasure.hash(ERASED));
        assertThat(report.path("ordersAnonymised").asLong()).isEqualTo(3);
        assertThat(report.path("rowsDeleted").path("customer_features").asLong())
                .isEqualTo(1);

        JsonNode after = json(Cli.run(Cli.concat(new String[] {"import", "--events", events.toString()}, store)));

        try (Connection c = connect.open()) {
            assertThat(TextColumns.holding(c, dialect, ERASED))
                    .as("text columns holding the erased id")
                    .isEmpty();
            assertThat(TextColumns.holding(c, dialect, KEPT)).contains("customer_features.customer_id");
        }
        assertThat(after.path("revenue").asDouble())
                .isEqualTo(before.path("revenue").asDouble());
        assertThat(after.path("orders").asLong())
                .isEqualTo(before.path("orders").asLong());
        assertThat(after.path("customers").asLong())
                .isEqualTo(before.path("customers").asLong() - 1);
        try (ShopReader reader = readers.open()) {
            assertThat(reader.customers().find(ERASED)).isEmpty();
            assertThat(reader.auditLog().entries(0, 10))
                    .singleElement()
                    .satisfies(entry -> {
                        assertThat(entry.action()).isEqualTo("erase");
                        assertThat(entry.detail())
                                .contains(CustomerErasure.hash(ERASED))
                                .doesNotContain(ERASED);
                    })
                    .extracting(AuditEntry::user)
                    .asString()
                    .startsWith("cli ");
        }
    }

    /** Two customers over a week: views, a cart, purchases, a return; the one to erase also in a rejected line. */
    static Path events(Path dir) throws Exception {
        return ErasureEvents.write(dir, ERASED, KEPT);
    }

    @FunctionalInterface
    interface Connections {
        Connection open() throws Exception;
    }

    @FunctionalInterface
    interface Readers {
        ShopReader open();
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }
}
