package dev.shoplens.store.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ErasedCustomersTest {

    @Test
    void aCustomerIsErasedWhenTheListHoldsTheHashOfItsIdAndAGuestNever() {
        ErasedCustomers erased = new ErasedCustomers(() -> Set.of(CustomerErasure.hash("c1")), Duration.ofMinutes(1));

        assertThat(erased.isErased("c1")).isTrue();
        assertThat(erased.isErased("c2")).isFalse();
        assertThat(erased.isErased(null)).isFalse();
        assertThat(CustomerErasure.hash("c1"))
                .isEqualTo("d0f631ca1ddba8db3bcfcb9e057cdc98d0379f1bee00e75a545147a27dadd982");
    }

    @Test
    void theListIsReadOncePerRefreshAndKeptWhenTheStoreCannotBeRead() {
        AtomicLong nanos = new AtomicLong();
        AtomicInteger reads = new AtomicInteger();
        AtomicReference<Set<String>> list = new AtomicReference<>(Set.of(CustomerErasure.hash("c1")));
        ErasedCustomers erased = new ErasedCustomers(
                () -> {
                    reads.incrementAndGet();
                    Set<String> hashes = list.get();
                    if (hashes == null) {
                        throw new IllegalStateException("store down");
                    }
                    return hashes;
                },
                Duration.ofMillis(50),
                nanos::get);

        for (int i = 0; i < 100; i++) {
            assertThat(erased.isErased("c1")).isTrue();
        }
        assertThat(reads).hasValue(1);

        list.set(null);
        nanos.addAndGet(Duration.ofMillis(60).toNanos());
        assertThat(erased.isErased("c1")).as("kept while the store is down").isTrue();
        assertThat(reads).hasValue(2);

        list.set(Set.of(CustomerErasure.hash("c1"), CustomerErasure.hash("c2")));
        nanos.addAndGet(Duration.ofMillis(60).toNanos());
        assertThat(erased.isErased("c2"))
                .as("a new erasure, read at the next refresh")
                .isTrue();
    }
}
