package dev.shoplens.dashboard.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two filter chains: the JSON API for scripts (HTTP Basic, no session, no CSRF: nothing there is driven by a
 * browser form) and the Vaadin UI (form login through {@link LoginView}, view access by annotations).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
// Vaadin 24 needs this import so that the security context follows the Vaadin session (25 does it by itself).
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    /** Static files the pages load before anyone signs in; without this they fail silently on the login page. */
    static final String[] STATIC_PATHS = {"/webjars/**", "/shoplens/**"};

    /**
     * Spring Boot renders errors by dispatching to {@code /error}, which only Vaadin's chain matches: without this,
     * an API call's 401 would turn into a redirect to the login page.
     */
    static final String ERROR_PATH = "/error";

    /** Before Vaadin's chain, which matches every request and would answer API calls with the login page. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain apiFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(
                        requests -> requests.anyRequest().hasAnyRole(Role.ENGINEER.name(), Role.ADMIN.name()))
                .httpBasic(basic -> basic.realmName("ShopLens"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    SecurityFilterChain vaadinFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(STATIC_PATHS)
                .permitAll()
                .requestMatchers(ERROR_PATH)
                .permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }
}
