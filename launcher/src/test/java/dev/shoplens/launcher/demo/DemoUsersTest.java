package dev.shoplens.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The demo's users, which only the demo imports: the four roles, each user's password its name, as the banner says. */
class DemoUsersTest {

    @Test
    void theDemoHasFourUsersEachWithItsNameAsPasswordAndItsRole() throws IOException {
        Properties users = new Properties();
        String resource = Demo.DEMO_USERS.substring("classpath:".length());
        try (InputStream in = Demo.class.getClassLoader().getResourceAsStream(resource)) {
            users.load(in);
        }
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        List<String> names = List.of("manager", "merchandiser", "engineer", "admin");
        for (int i = 0; i < names.size(); i++) {
            String prefix = "shoplens.security.users[" + i + "].";
            assertThat(users.getProperty(prefix + "name")).isEqualTo(names.get(i));
            assertThat(users.getProperty(prefix + "password")).startsWith("{bcrypt}");
            assertThat(encoder.matches(names.get(i), users.getProperty(prefix + "password")))
                    .isTrue();
            assertThat(users.getProperty(prefix + "roles"))
                    .isEqualTo(names.get(i).toUpperCase());
        }
        assertThat(users).hasSize(3 * names.size());
    }
}
