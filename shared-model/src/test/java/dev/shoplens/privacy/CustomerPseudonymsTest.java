package dev.shoplens.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class CustomerPseudonymsTest {

    static final String KEY = "0123456789abcdef0123456789abcdef";

    @Test
    void withoutAKeyIdsStayAsTheyCome() {
        assertThat(CustomerPseudonyms.NONE.enabled()).isFalse();
        assertThat(CustomerPseudonyms.NONE.of("c1")).isEqualTo("c1");
        assertThat(CustomerPseudonyms.NONE.of(null)).isNull();
    }

    @Test
    void theSameIdAlwaysGetsTheSamePseudonymAndOtherIdsOthers() {
        CustomerPseudonyms pseudonyms = CustomerPseudonyms.keyed(KEY);

        String first = pseudonyms.of("alice@example.com");

        assertThat(first).matches("c-[0-9a-f]{32}").isNotEqualTo("alice@example.com");
        assertThat(CustomerPseudonyms.keyed(KEY).of("alice@example.com")).isEqualTo(first);
        assertThat(pseudonyms.of("bob@example.com")).isNotEqualTo(first);
        assertThat(pseudonyms.of("顧客-7")).matches("c-[0-9a-f]{32}");
        assertThat(pseudonyms.of(null)).as("a guest stays a guest").isNull();
        assertThat(CustomerPseudonyms.isPseudonym(first)).isTrue();
        assertThat(CustomerPseudonyms.isPseudonym("alice@example.com")).isFalse();
        assertThat(CustomerPseudonyms.isPseudonym("c-12")).isFalse();
    }

    @Test
    void isTheKeyedHashOfTheIdSoAnotherKeyGivesOtherPseudonyms() {
        // HMAC-SHA256 of "c1" under KEY, its first 16 bytes, as `printf c1 | openssl dgst -sha256 -hmac KEY` gives
        // them.
        assertThat(CustomerPseudonyms.keyed(KEY).of("c1")).isEqualTo("c-49004518459daba259918f451916b389");
        assertThat(CustomerPseudonyms.keyed(KEY.replace('0', 'x')).of("c1"))
                .isNotEqualTo(CustomerPseudonyms.keyed(KEY).of("c1"));
    }

    @Test
    void aShortKeyIsRefusedWithHowToMakeOne() {
        assertThatThrownBy(() -> CustomerPseudonyms.keyed("secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 32 bytes")
                .hasMessageContaining("openssl rand -hex 32");
    }

    @Test
    void survivesJavaSerializationAsAFlinkFunctionsFieldDoesAndNeverPrintsTheKey() throws Exception {
        CustomerPseudonyms pseudonyms = CustomerPseudonyms.keyed(KEY);
        pseudonyms.of("c1"); // its Mac made before it is serialized
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(pseudonyms);
        }
        CustomerPseudonyms copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (CustomerPseudonyms) in.readObject();
        }

        assertThat(copy.of("c1")).isEqualTo(pseudonyms.of("c1"));
        assertThat(pseudonyms.toString()).doesNotContain(KEY);
    }
}
