package dev.shoplens.dashboard.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.LockedException;

class LoginThrottleTest {

    final AtomicLong nanos = new AtomicLong();
    final LoginThrottle throttle = new LoginThrottle(new LoginThrottle.Settings(3, Duration.ofMinutes(15)), nanos::get);

    @Test
    void aNameIsPausedAfterItsFailuresAndFreeAgainAfterThePause() {
        throttle.failed("ana");
        throttle.failed("ana");
        assertThatCode(() -> throttle.check("ana")).doesNotThrowAnyException();
        throttle.failed("ANA"); // the same name to the user store
        assertThatThrownBy(() -> throttle.check("ana"))
                .isInstanceOf(LockedException.class)
                .hasMessageContaining("3 failed attempts");
        assertThatCode(() -> throttle.check("ben")).doesNotThrowAnyException();

        advance(Duration.ofMinutes(14));
        assertThatThrownBy(() -> throttle.check("ana")).isInstanceOf(LockedException.class);
        advance(Duration.ofMinutes(2));
        assertThatCode(() -> throttle.check("ana")).doesNotThrowAnyException();
    }

    @Test
    void failuresFarApartNeverPauseAndASuccessClearsTheCount() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("ana");
            advance(Duration.ofMinutes(16));
        }
        assertThatCode(() -> throttle.check("ana")).doesNotThrowAnyException();

        throttle.failed("ana");
        throttle.failed("ana");
        throttle.succeeded("ana");
        throttle.failed("ana");
        throttle.failed("ana");
        assertThatCode(() -> throttle.check("ana")).doesNotThrowAnyException();
    }

    private void advance(Duration by) {
        nanos.addAndGet(by.toNanos());
    }
}
