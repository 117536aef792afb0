package dev.shoplens.dashboard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.core.env.Environment;

/**
 * The ShopLens dashboard on its own: {@code java -cp 'lib/*' dev.shoplens.dashboard.DashboardApplication
 * --shoplens.store.duckdb-file=...}. The launcher starts this same class inside its own JVM and may supply the
 * {@code ShopReader} bean itself.
 */
@SpringBootApplication
public class DashboardApplication {

    /** The profile of {@code shoplens demo}: its login page names the demo users. */
    public static final String DEMO_PROFILE = "demo";

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(DashboardApplication.class);
        application.addListeners(DashboardApplication::refuseTheDemoProfile);
        application.run(args);
    }

    /**
     * Stops a start that asks for the demo profile outside {@code shoplens demo}: the demo's users and passwords are
     * public, so they exist only in the demo, and a dashboard that says otherwise on its login page would mislead.
     */
    public static void refuseTheDemoProfile(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            requireNoDemoProfile(prepared.getEnvironment());
        }
    }

    static void requireNoDemoProfile(Environment environment) {
        if (environment.matchesProfiles(DEMO_PROFILE)) {
            throw new IllegalStateException("The '" + DEMO_PROFILE + "' profile belongs to `shoplens demo`, whose"
                    + " users' passwords are public; give this dashboard its users instead (dashboard.usersFile in"
                    + " shoplens.yaml, or shoplens.security.users in Spring properties)");
        }
    }
}
