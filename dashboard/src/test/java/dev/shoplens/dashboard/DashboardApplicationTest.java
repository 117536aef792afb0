package dev.shoplens.dashboard;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DashboardApplicationTest {

    @Test
    void theDemoProfileIsRefusedOutsideTheDemo() {
        MockEnvironment demo = new MockEnvironment();
        demo.setActiveProfiles(DashboardApplication.DEMO_PROFILE);
        assertThatThrownBy(() -> DashboardApplication.requireNoDemoProfile(demo))
                .hasMessageContaining("belongs to `shoplens demo`")
                .hasMessageContaining("dashboard.usersFile");

        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("prod");
        assertThatCode(() -> DashboardApplication.requireNoDemoProfile(production))
                .doesNotThrowAnyException();
    }
}
