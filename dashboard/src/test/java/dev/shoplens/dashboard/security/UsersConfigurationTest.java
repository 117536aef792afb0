package dev.shoplens.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Users from configuration: a users file imported the way {@code dashboard.usersFile} imports it gives exactly its
 * users; the dashboard's own properties give none.
 */
@ExtendWith(OutputCaptureExtension.class)
class UsersConfigurationTest {

    static final List<String> DEMO_USERS = List.of("manager", "merchandiser", "engineer", "admin");

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(UsersConfiguration.class);

    @Test
    void aUsersFileGivesItsUsersEachWithTheirRole(@TempDir Path dir) throws IOException {
        // The tests' copy of the demo users, as an operator's users file.
        Path usersFile = dir.resolve("users.properties");
        try (InputStream demoUsers = getClass().getResourceAsStream("/application-demo.properties")) {
            Files.copy(demoUsers, usersFile);
        }
        runner.withPropertyValues("spring.config.import=file:" + usersFile).run(context -> {
            InMemoryUserDetailsManager users = context.getBean(InMemoryUserDetailsManager.class);
            PasswordEncoder encoder = context.getBean(PasswordEncoder.class);
            for (String name : DEMO_USERS) {
                UserDetails user = users.loadUserByUsername(name);
                assertThat(encoder.matches(name, user.getPassword())).as(name).isTrue();
                assertThat(user.getPassword()).startsWith("{bcrypt}");
                assertThat(user.getAuthorities())
                        .extracting(GrantedAuthority::getAuthority)
                        .containsExactly("ROLE_" + name.toUpperCase());
            }
            assertThat(context.getBean(UsersProperties.class).users()).hasSize(DEMO_USERS.size());
        });
    }

    @Test
    void defaultProfileHasNoUsersAndSaysSo(CapturedOutput output) {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            InMemoryUserDetailsManager users = context.getBean(InMemoryUserDetailsManager.class);
            assertThat(DEMO_USERS).noneMatch(users::userExists);
        });
        assertThat(output).contains("No dashboard users are configured").contains("dashboard.usersFile");
    }

    @Test
    void refusesToStartWithAPlainTextPassword() {
        runner.withPropertyValues(
                        "shoplens.security.users[0].name=someone",
                        "shoplens.security.users[0].password=secret",
                        "shoplens.security.users[0].roles=MANAGER")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("must be a bcrypt hash with its id, {bcrypt}$2a$10$..."));
    }

    @Test
    void refusesToStartWithAnUnknownRole() {
        runner.withPropertyValues(
                        "shoplens.security.users[0].name=someone",
                        "shoplens.security.users[0].password={bcrypt}$2a$10$D98wh1hq0U9eBMnuAVrmEO4qsfh891xdL01BAbytYpgG4FjbbAWRe",
                        "shoplens.security.users[0].roles=OWNER")
                .run(context -> assertThat(context).hasFailed());
    }
}
