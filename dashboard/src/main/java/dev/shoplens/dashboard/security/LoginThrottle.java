package dev.shoplens.dashboard.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.validation.annotation.Validated;

/**
 * Pauses sign-in for a user name after repeated failures, so that nobody can guess a password by trying many: after
 * {@code maxFailures} failed attempts, each within {@code pause} of the one before, every attempt for that name
 * fails, the right password included, until {@code pause} has passed since the last failure. A success clears the
 * count. It covers the login form and the API's HTTP Basic alike, since both authenticate through the same provider.
 */
public final class LoginThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

    /** {@code shoplens.security.login.*}, validated at start-up. */
    @Validated
    @ConfigurationProperties(prefix = "shoplens.security.login")
    public record Settings(@DefaultValue("5") @Min(1) int maxFailures, @DefaultValue("15m") @NotNull Duration pause) {}

    private final Settings settings;
    private final Cache<String, Integer> failures;

    public LoginThrottle(Settings settings, Ticker ticker) {
        this.settings = settings;
        // A name's count lives as long as failures keep coming within the pause; then it expires by itself.
        this.failures = Caffeine.newBuilder()
                .expireAfterWrite(settings.pause())
                .maximumSize(100_000)
                .ticker(ticker)
                .build();
    }

    /** Throws if sign-in is paused for {@code username}; called once the password has been checked. */
    public void check(String username) {
        Integer count = failures.getIfPresent(key(username));
        if (count != null && count >= settings.maxFailures()) {
            throw new LockedException("Sign-in is paused after " + count + " failed attempts");
        }
    }

    public void failed(String username) {
        Integer count = failures.asMap().merge(key(username), 1, Integer::sum);
        if (count == settings.maxFailures()) {
            LOG.warn("Sign-in for '{}' is paused for {} after {} failed attempts", username, settings.pause(), count);
        }
    }

    public void succeeded(String username) {
        failures.invalidate(key(username));
    }

    /** Counts each failed sign-in against its user name (an unknown name too: guessing names costs the same). */
    @EventListener
    public void onFailure(AuthenticationFailureBadCredentialsEvent failure) {
        failed(failure.getAuthentication().getName());
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent success) {
        succeeded(success.getAuthentication().getName());
    }

    /** User names are matched as the user store matches them: case does not make a new name to guess with. */
    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(java.util.Locale.ROOT);
    }
}
