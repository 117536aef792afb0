package dev.shoplens.dashboard.security;

import com.github.benmanes.caffeine.cache.Ticker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** Users come from configuration (a users file, or Spring properties); the dashboard ships none. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({UsersProperties.class, LoginThrottle.Settings.class})
class UsersConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(UsersConfiguration.class);

    /** Delegating, so a stored hash says its own algorithm ({@code {bcrypt}...}) and can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    InMemoryUserDetailsManager userDetailsService(UsersProperties properties) {
        if (properties.users().isEmpty()) {
            LOG.warn("No dashboard users are configured (shoplens.security.users[i].name/.password/.roles):"
                    + " nobody can sign in. Give them in a users file (dashboard.usersFile in shoplens.yaml), or try"
                    + " `shoplens demo`, which has demo users.");
        }
        return new InMemoryUserDetailsManager(properties.users().stream()
                .map(UsersConfiguration::toUserDetails)
                .toList());
    }

    @Bean
    LoginThrottle loginThrottle(LoginThrottle.Settings settings) {
        return new LoginThrottle(settings, Ticker.systemTicker());
    }

    /**
     * The one way in, for the login form and the API's HTTP Basic: the user store and the password hashes, with the
     * throttle asked once the password is checked (and the account status checks that would otherwise run there).
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(
            InMemoryUserDetailsManager users, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        // After the password check, not before: a paused name then costs the same bcrypt time as any other and gets
        // the same refusal whether its password was right or not, so it tells nobody that it exists or what is right.
        AccountStatusUserDetailsChecker accountStatus = new AccountStatusUserDetailsChecker();
        provider.setPostAuthenticationChecks(user -> {
            throttle.check(user.getUsername());
            accountStatus.check(user);
        });
        return provider;
    }

    private static UserDetails toUserDetails(UsersProperties.UserEntry entry) {
        return User.withUsername(entry.name())
                .password(entry.password())
                .roles(entry.roles().stream().map(Role::name).toArray(String[]::new))
                .build();
    }
}
