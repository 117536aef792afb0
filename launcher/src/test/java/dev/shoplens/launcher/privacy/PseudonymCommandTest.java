package dev.shoplens.launcher.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.privacy.CustomerPseudonyms;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PseudonymCommandTest {

    @Test
    void mapsEveryIdOfStandardInputToItsPseudonymSkippingBlankLines() throws Exception {
        CustomerPseudonyms pseudonyms = CustomerPseudonyms.keyed("0123456789abcdef0123456789abcdef");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        PseudonymCommand.print(
                pseudonyms,
                new BufferedReader(new StringReader("c1\n\n  bob@example.com \n")),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(out.toString(StandardCharsets.UTF_8).lines())
                .containsExactly(
                        "c1\tc-49004518459daba259918f451916b389",
                        "bob@example.com\t" + pseudonyms.of("bob@example.com"));
    }
}
