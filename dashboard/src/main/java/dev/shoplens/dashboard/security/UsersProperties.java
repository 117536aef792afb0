package dev.shoplens.dashboard.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The dashboard's users ({@code shoplens.security.users[i].name/.password/.roles}). Passwords are stored hashed:
 * a plain-text password would only fail at the first sign-in, so the form is checked at start-up instead.
 */
@Validated
@ConfigurationProperties(prefix = "shoplens.security")
public record UsersProperties(@Valid List<UserEntry> users) {

    public UsersProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /** One user; {@code password} is a bcrypt hash with its encoder id, {@code {bcrypt}$2a$10$...}. */
    public record UserEntry(
            @NotBlank String name,
            @NotBlank
                    @Pattern(
                            regexp = "\\{bcrypt}\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}",
                            message = "must be a bcrypt hash with its id, \\{bcrypt\\}\\$2a\\$10\\$...")
                    String password,
            @NotEmpty List<Role> roles) {

        public UserEntry {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }
}
