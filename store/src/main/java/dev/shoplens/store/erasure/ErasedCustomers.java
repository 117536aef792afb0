package dev.shoplens.store.erasure;

import dev.shoplens.store.StoreSettings;
import dev.shoplens.store.read.ShopReader;
import java.io.Serializable;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The erased customers as a running job sees them: the store's list of hashes, read again every {@code refresh}, so
 * that an erasure made while the job runs reaches it within that time. When the store cannot be read the list read
 * last stays (an erasure is never forgotten), and the next check tries again.
 *
 * <p>Every operator instance and writer of a job in one JVM shares one copy per source: the store is read once per
 * refresh in each JVM, not once per instance (a job has a dozen instances per task manager, each of which read the
 * store on its own event path).
 */
public final class ErasedCustomers {

    /** How soon an erasure made while a job runs reaches its operators and writers. */
    public static final Duration REFRESH = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(ErasedCustomers.class);

    /** Where ids end in text: whitespace, quotes, and the punctuation of JSON and CSV. */
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s\"',;:{}\\[\\]|=]+");

    /** Where the hashes come from; serializable, so that a Flink operator can carry it and read the list itself. */
    @FunctionalInterface
    public interface Source extends Serializable {

        /** For jobs without a store to honour erasures from (tests, benchmarks of the bare pipeline). */
        Source NONE = Set::of;

        Set<String> hashes();

        /** The list the store keeps ({@link CustomerErasure#erasedHashes}). */
        static Source of(StoreSettings store) {
            return new FromStore(store);
        }
    }

    private record FromStore(StoreSettings store) implements Source {
        @Override
        public Set<String> hashes() {
            try (ShopReader reader = store.openReader()) {
                return reader.erasure().erasedHashes();
            }
        }
    }

    /** The list of each source, shared by the instances of this JVM (of this job's class loader). */
    private static final ConcurrentMap<Source, SharedList> SHARED = new ConcurrentHashMap<>();

    private final Source source;
    private final SharedList shared;
    private final long refreshNanos;
    private final LongSupplier nanoTime;
    private final long createdNanos;
    private Set<String> hashes = Set.of();
    private long nextLoadNanos;
    private boolean loaded;

    public ErasedCustomers(Source source, Duration refresh) {
        this(source, refresh, System::nanoTime);
    }

    ErasedCustomers(Source source, Duration refresh, LongSupplier nanoTime) {
        this.source = source;
        this.shared = SHARED.computeIfAbsent(source, s -> new SharedList());
        this.refreshNanos = refresh.toNanos();
        this.nanoTime = nanoTime;
        this.createdNanos = nanoTime.getAsLong();
    }

    /** Whether {@code customerId} (null for a guest: never) was erased, as of the list read last. */
    public boolean isErased(String customerId) {
        if (customerId == null) {
            return false;
        }
        refreshIfDue();
        Set<String> erased = hashes;
        // Hashing costs a little: most shops have erased nobody, and then no event pays for it.
        return !erased.isEmpty() && erased.contains(CustomerErasure.hash(customerId));
    }

    /** Whether anybody was erased, as of the list read last. */
    public boolean anyErased() {
        refreshIfDue();
        return !hashes.isEmpty();
    }

    /**
     * Whether {@code text} (a rejected payload, say) mentions an erased customer: any of its words, split at
     * whitespace, quotes and the punctuation of JSON and CSV, is an erased id. Only the hashes are known, so the
     * words are hashed and looked up; with nobody erased, nothing is.
     */
    public boolean mentionedIn(String text) {
        return mentionedIn(text, UnaryOperator.identity());
    }

    /**
     * Whether {@code text} mentions an erased customer by an id that {@code asKept} turns into the id the erased list
     * knows: a shop's own id in a rejected payload, where the store keeps pseudonyms.
     */
    public boolean mentionedIn(String text, UnaryOperator<String> asKept) {
        if (text == null) {
            return false;
        }
        refreshIfDue();
        if (hashes.isEmpty()) {
            return false;
        }
        for (String word : WORD_BREAKS.split(text)) {
            if (!word.isEmpty() && hashes.contains(CustomerErasure.hash(asKept.apply(word)))) {
                return true;
            }
        }
        return false;
    }

    private void refreshIfDue() {
        long now = nanoTime.getAsLong();
        if (loaded && now - nextLoadNanos < 0) {
            return;
        }
        loaded = true;
        nextLoadNanos = now + refreshNanos;
        hashes = shared.current(source, refreshNanos, createdNanos, now);
    }

    /**
     * One source's list in this JVM, read again when an instance asks for it older than that instance's refresh, or
     * read before that instance was made: a job started after an erasure (a replay in the same JVM) reads the list
     * afresh, while the instances of one job, made together, share the first read.
     */
    private static final class SharedList {

        private Set<String> hashes = Set.of();
        private long readAtNanos;
        private boolean read;

        /** Only one instance reads at a time; the others wait for it and take what it read. */
        synchronized Set<String> current(Source source, long refreshNanos, long notBeforeNanos, long now) {
            if (read && now - readAtNanos < refreshNanos && readAtNanos - notBeforeNanos >= 0) {
                return hashes;
            }
            read = true;
            readAtNanos = now;
            try {
                hashes = Set.copyOf(source.hashes());
            } catch (RuntimeException e) {
                LOG.warn(
                        "Could not read the erased customers; keeping the {} read last: {}",
                        hashes.size(),
                        e.toString());
            }
            return hashes;
        }
    }
}
