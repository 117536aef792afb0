package dev.shoplens.privacy;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Customer ids as ShopLens keeps them: as they come, or, for a shop that does not want its customers' own ids in
 * ShopLens at all, pseudonyms made at ingest with a keyed hash (HMAC-SHA256 with the shop's secret key, the first 128
 * bits in hex, {@code "c-"} before them). The same id always gets the same pseudonym, so every feature, score and
 * order of a customer still meets under one id; without the key nobody can tell whose a pseudonym is or test a
 * guessed id against it (a plain hash of an email address or a loyalty number is reversed by trying candidates).
 * The shop, which holds the key, makes the same pseudonyms for its own customers ({@code shoplens pseudonym ID}) to
 * act on an audience or to find a customer on the dashboard.
 *
 * <p>Not safe for use by several threads at once: each Flink subtask has its own copy.
 */
public final class CustomerPseudonyms implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Ids are kept as they come. */
    public static final CustomerPseudonyms NONE = new CustomerPseudonyms(null);

    /** A key shorter than HMAC-SHA256's output would be the weak link. */
    public static final int MIN_KEY_BYTES = 32;

    static final String PREFIX = "c-";
    private static final int PSEUDONYM_BYTES = 16;
    private static final String ALGORITHM = "HmacSHA256";
    private static final Pattern PSEUDONYM = Pattern.compile(PREFIX + "[0-9a-f]{" + 2 * PSEUDONYM_BYTES + "}");

    private final byte[] key;
    private transient Mac mac;

    private CustomerPseudonyms(byte[] key) {
        this.key = key;
    }

    /** Pseudonyms under {@code key} (its UTF-8 bytes, at least {@value #MIN_KEY_BYTES} of them). */
    public static CustomerPseudonyms keyed(String key) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the pseudonym key must be at least " + MIN_KEY_BYTES
                    + " bytes (make one with: openssl rand -hex 32), was " + bytes.length);
        }
        return new CustomerPseudonyms(bytes);
    }

    /** Whether ids become pseudonyms (a key is set). */
    public boolean enabled() {
        return key != null;
    }

    /** What ShopLens keeps for {@code customerId}: its pseudonym, or the id itself without a key; null stays null. */
    public String of(String customerId) {
        if (key == null || customerId == null) {
            return customerId;
        }
        byte[] digest = mac().doFinal(customerId.getBytes(StandardCharsets.UTF_8));
        return PREFIX + HexFormat.of().formatHex(Arrays.copyOf(digest, PSEUDONYM_BYTES));
    }

    /** Whether {@code id} has a pseudonym's form ({@code c-} and 32 lower-case hex digits). */
    public static boolean isPseudonym(String id) {
        return id != null && PSEUDONYM.matcher(id).matches();
    }

    private Mac mac() {
        if (mac == null) {
            try {
                mac = Mac.getInstance(ALGORITHM);
                mac.init(new SecretKeySpec(key, ALGORITHM));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
            }
        }
        return mac;
    }

    @Override
    public String toString() {
        return key == null ? "customer ids as they come" : "customer ids as keyed pseudonyms"; // never the key
    }
}
