package dev.shoplens.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.shoplens.dashboard.TestShop;
import dev.shoplens.store.DuckDbSettings;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every Spring MVC endpoint of ours lies under {@code /api/}, whose filter chain admits engineers and admins only,
 * and the rule holds for each one found in the running application: without credentials it asks for them, a
 * manager is refused. A path nobody mapped under {@code /api/} is denied too.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class EndpointAccessRulesTest {

    static final DuckDbSettings STORE = TestShop.knownShop();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("shoplens.store.duckdb-file", STORE::file);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointOfOursIsUnderTheApiRule() {
        assertThat(ourEndpoints())
                .isNotEmpty()
                .allSatisfy((path, handler) -> assertThat(path).as(handler).startsWith("/api/"));
    }

    @Test
    void everyEndpointAsksForCredentialsAndRefusesAManager() throws Exception {
        for (String path : ourEndpoints().keySet()) {
            mvc.perform(get(path)).andExpect(status().isUnauthorized());
            mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, basic("manager")))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void unmappedPathsAreDeniedByDefault() throws Exception {
        mvc.perform(get("/api/not-there")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/not-there").header(HttpHeaders.AUTHORIZATION, basic("manager")))
                .andExpect(status().isForbidden());
    }

    /**
     * The sign-in throttle in the running application (5 failures by default): after them the merchandiser's name
     * is refused even with its right password (401 instead of the 403 of a signed-in user without the role), while
     * the other users still get in. No other test here signs in as the merchandiser.
     */
    @Test
    void repeatedFailuresPauseSignInForThatNameOnly() throws Exception {
        mvc.perform(get("/api/status").header(HttpHeaders.AUTHORIZATION, basic("merchandiser")))
                .andExpect(status().isForbidden());
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/status").header(HttpHeaders.AUTHORIZATION, basic("merchandiser", "guess" + i)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/status").header(HttpHeaders.AUTHORIZATION, basic("merchandiser")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/status").header(HttpHeaders.AUTHORIZATION, basic("engineer")))
                .andExpect(status().isOk());
    }

    /** Path pattern to handler, for the handlers in ShopLens's own packages (not Spring Boot's error page). */
    private Map<String, String> ourEndpoints() {
        return mappings.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getValue().getBeanType().getName().startsWith("dev.shoplens."))
                .flatMap(e -> patterns(e.getKey()).stream().map(p -> Map.entry(p, describe(e.getValue()))))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static List<String> patterns(RequestMappingInfo info) {
        return List.copyOf(info.getPatternValues());
    }

    private static String describe(HandlerMethod handler) {
        return handler.getBeanType().getName() + "#" + handler.getMethod().getName();
    }

    /** A demo user's credentials: its name is its password. */
    private static String basic(String user) {
        return basic(user, user);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
