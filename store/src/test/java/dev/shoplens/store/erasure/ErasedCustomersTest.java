package dev.shoplens.store.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ErasedCustomersTest {

    @Test
    void aCustomerIsErasedWhenTheListHoldsTheHashOfItsIdAndAGuestNever() {
        ErasedCustomers erased = new ErasedCustomers(() -> Set.of(CustomerErasure.hash("c1")), Duration.ofMinutes(1));

        assertThat(erased.isErased("c1")).isTrue();
        assertThat(erased.isErased("c2")).isFalse();
        assertThat(erased.isErased(null)).isFalse();
        assertThat(erased.anyErased()).isTrue();
        assertThat(new ErasedCustomers(ErasedCustomers.Source.NONE, Duration.ofMinutes(1)).anyErased())
                .isFalse();
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

    @Test
    void theInstancesOfOneJvmReadTheListOncePerRefresh() {
        AtomicLong nanos = new AtomicLong();
        AtomicInteger reads = new AtomicInteger();
        ErasedCustomers.Source store = () -> {
            reads.incrementAndGet();
            return Set.of(CustomerErasure.hash("c1"));
        };
        List<ErasedCustomers> instances = IntStream.range(0, 12)
                .mapToObj(i -> new ErasedCustomers(store, Duration.ofSeconds(10), nanos::get))
                .toList();

        instances.forEach(e -> assertThat(e.isErased("c1")).isTrue());
        assertThat(reads).as("one read for twelve instances").hasValue(1);

        nanos.addAndGet(Duration.ofSeconds(11).toNanos());
        instances.forEach(e -> assertThat(e.isErased("c2")).isFalse());
        assertThat(reads).as("one read again after the refresh").hasValue(2);

        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        ErasedCustomers nextJob = new ErasedCustomers(store, Duration.ofSeconds(10), nanos::get);
        nextJob.isErased("c1");
        assertThat(reads)
                .as("an instance made after the last read reads afresh (a replay after an erasure)")
                .hasValue(3);
        instances.get(0).isErased("c1");
        assertThat(reads).as("and the others take that newer read").hasValue(3);

        ErasedCustomers eager = new ErasedCustomers(store, Duration.ZERO, nanos::get);
        eager.isErased("c1");
        eager.isErased("c1");
        assertThat(reads)
                .as("an instance with a shorter refresh reads as often as it asks")
                .hasValue(5);
    }
}
