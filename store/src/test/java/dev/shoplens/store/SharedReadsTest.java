package dev.shoplens.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.store.read.CustomerFilter;
import dev.shoplens.store.read.SharedReads;
import dev.shoplens.store.read.ShopReader;
import dev.shoplens.store.write.ResultWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's shared reads over a real DuckDB store: what is shared, what is read through, what drops them. */
class SharedReadsTest {

    @TempDir
    Path dir;

    /** The shared reads' clock, moved by hand: nanoseconds. */
    final AtomicLong clock = new AtomicLong();

    private DuckDbSettings migrated() {
        DuckDbSettings store = DuckDbSettings.inDataDir(dir);
        store.migrate();
        return store;
    }

    @Test
    void whatEveryUserSeesIsSharedForASecondWhileACustomersOwnRowIsReadThrough() throws Exception {
        DuckDbSettings store = migrated();
        try (ResultWriter writer = store.openWriter();
                ShopReader reader = SharedReads.over(store.openReader(), clock::get)) {
            writer.writeCustomerFeatures(List.of(CustomerListContract.features("c1", 3, 2, 40.0)));
            assertThat(reader.customers().count(CustomerFilter.ALL)).isEqualTo(1);
            assertThat(reader.status().customers()).isEqualTo(1);
            assertThat(reader.customers().page(CustomerFilter.ALL, List.of(), 0, 10))
                    .hasSize(1);

            writer.writeCustomerFeatures(List.of(CustomerListContract.features("c2", 5, 1, 10.0)));

            assertThat(reader.customers().count(CustomerFilter.ALL))
                    .as("within the second, the count every user shares")
                    .isEqualTo(1);
            assertThat(reader.status().customers()).isEqualTo(1);
            assertThat(reader.customers().page(CustomerFilter.ALL, List.of(), 0, 10))
                    .as("a list's page too")
                    .hasSize(1);
            assertThat(reader.customers().find("c2"))
                    .as("a customer's own row is read through")
                    .isPresent();

            clock.addAndGet(SharedReads.FOR.toNanos());
            assertThat(reader.customers().count(CustomerFilter.ALL))
                    .as("a second later")
                    .isEqualTo(2);
            assertThat(reader.status().customers()).isEqualTo(2);
            assertThat(reader.customers().page(CustomerFilter.ALL, List.of(), 0, 10))
                    .hasSize(2);
        }
    }

    @Test
    void anErasureThroughTheReaderDropsWhatWasShared() throws Exception {
        DuckDbSettings store = migrated();
        try (ResultWriter writer = store.openWriter();
                ShopReader reader = SharedReads.over(store.openReader(), clock::get)) {
            writer.writeCustomerFeatures(List.of(
                    CustomerListContract.features("c1", 3, 2, 40.0), CustomerListContract.features("c2", 5, 1, 10.0)));
            assertThat(reader.customers().count(CustomerFilter.ALL)).isEqualTo(2);

            reader.erasure().erase("c1", Instant.parse("2026-03-02T00:00:00Z"));

            assertThat(reader.customers().count(CustomerFilter.ALL)).isEqualTo(1);
            assertThat(reader.status().customers()).isEqualTo(1);
        }
    }
}
