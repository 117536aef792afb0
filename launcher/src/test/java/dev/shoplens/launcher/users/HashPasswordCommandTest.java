package dev.shoplens.launcher.users;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.launcher.Cli;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

class HashPasswordCommandTest {

    @Test
    void printsAHashTheDashboardAcceptsForThePasswordOnStandardInput() {
        InputStream original = System.in;
        String printed;
        try {
            System.setIn(new ByteArrayInputStream("s3cret pass\n".getBytes(StandardCharsets.UTF_8)));
            printed = Cli.run("hash-password").strip();
        } finally {
            System.setIn(original);
        }

        // The users file's own rule (UsersProperties) and the dashboard's encoder.
        assertThat(printed).matches("\\{bcrypt}\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");
        assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches("s3cret pass", printed))
                .isTrue();
        assertThat(HashPasswordCommand.hash("s3cret pass"))
                .as("salted: a new hash each time")
                .isNotEqualTo(printed);
    }
}
