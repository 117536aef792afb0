package dev.shoplens.store.erasure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;

/**
 * Erasure of a customer's personal data from a store, for a shop honouring a deletion request. Every row that holds
 * the customer id goes: features, scores, sequence scores, daily rows, months, and the rejected input whose payload
 * or detail mentions it. The customer's orders stay, anonymised (no customer id), so that the shop's revenue and
 * order counts still add up; they no longer count as anyone's. The id itself is kept nowhere: the list of erased
 * customers holds a SHA-256 hash of it, against which the job checks every event.
 */
public interface CustomerErasure {

    /**
     * How long after an erasure a running job may still write the customer: until its operators and writers have read
     * the erased list again ({@link ErasedCustomers#REFRESH}), plus a sink's batch delay. An erasure made while a job
     * runs is repeated after it ({@link #eraseAndSettle}).
     */
    Duration SETTLE = ErasedCustomers.REFRESH.plusSeconds(5);

    /** Erases {@code customerId} as of {@code at}; erasing a customer twice is harmless. */
    default ErasureReport erase(String customerId, Instant at) {
        return erase(customerId, customerId, at);
    }

    /**
     * Erases the customer the store knows as {@code keptId} as of {@code at}, where the store keeps pseudonyms: the
     * rejected input that mentions the shop's own id for them ({@code ownId}, which rejected payloads keep as they
     * came) goes too. The erased list holds the hash of {@code keptId} alone, never of the shop's own id.
     */
    ErasureReport erase(String keptId, String ownId, Instant at);

    /**
     * Erases now and again after {@code settle}, for a store a job may be writing: what the job wrote for the customer
     * before it learnt of the erasure goes with the second pass. The report adds both passes up.
     */
    default ErasureReport eraseAndSettle(String customerId, Instant at, Duration settle) throws InterruptedException {
        return eraseAndSettle(customerId, customerId, at, settle);
    }

    /** {@link #eraseAndSettle(String, Instant, Duration)} of a customer the store keeps as a pseudonym. */
    default ErasureReport eraseAndSettle(String keptId, String ownId, Instant at, Duration settle)
            throws InterruptedException {
        ErasureReport first = erase(keptId, ownId, at);
        if (settle.isZero()) {
            return first;
        }
        Thread.sleep(settle.toMillis());
        return first.plus(erase(keptId, ownId, at));
    }

    /** The hashes of every erased customer id ({@link #hash}). */
    Set<String> erasedHashes();

    /** The one-way hash the erased list keeps: SHA-256 of the id's UTF-8 bytes, in lower-case hex. */
    static String hash(String customerId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(customerId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
