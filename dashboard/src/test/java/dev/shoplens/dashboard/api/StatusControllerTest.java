package dev.shoplens.dashboard.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.shoplens.dashboard.TestShop;
import dev.shoplens.store.DuckDbSettings;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** {@code GET /api/status} through the real security filter chains, with the demo users' real passwords. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class StatusControllerTest {

    static final DuckDbSettings STORE = TestShop.knownShop();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("shoplens.store.duckdb-file", STORE::file);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void asksForCredentialsWithoutAny() throws Exception {
        mvc.perform(get("/api/status"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"ShopLens\""));
    }

    @Test
    void refusesAManager() throws Exception {
        mvc.perform(get("/api/status").header(HttpHeaders.AUTHORIZATION, basic("manager")))
                .andExpect(status().isForbidden());
    }

    @Test
    void refusesAWrongPassword() throws Exception {
        mvc.perform(get("/api/status").header(HttpHeaders.AUTHORIZATION, basic("engineer", "manager")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void givesAnEngineerTheStatusWithFreshness() throws Exception {
        mvc.perform(get("/api/status").header(HttpHeaders.AUTHORIZATION, basic("engineer")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.store").value("duckdb:" + STORE.file()))
                .andExpect(jsonPath("$.schemaVersion").value(newestSchemaVersion()))
                .andExpect(jsonPath("$.events.accepted").value(8))
                .andExpect(jsonPath("$.orders").value(3))
                .andExpect(jsonPath("$.returns").value(1))
                .andExpect(jsonPath("$.revenue").value(137.5))
                .andExpect(jsonPath("$.customers").value(3))
                .andExpect(jsonPath("$.firstEventTime").value(TestShop.YESTERDAY.toString()))
                .andExpect(jsonPath("$.freshness.newestEventTime")
                        .value(TestShop.T0.plusSeconds(130).toString()))
                .andExpect(jsonPath("$.freshness.resultsAsOf")
                        .value(TestShop.T0.plusSeconds(60).toString()))
                .andExpect(jsonPath("$.freshness.eventTimeLagSeconds").value(70.0));
    }

    @Test
    void givesAnAdminTheStatusToo() throws Exception {
        mvc.perform(get("/api/status").header(HttpHeaders.AUTHORIZATION, basic("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orders").value(3));
    }

    /** The demo users' password is their name. */
    private static String basic(String user) {
        return basic(user, user);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The store is migrated to the newest schema the build carries. */
    private static int newestSchemaVersion() {
        var migrations = new dev.shoplens.store.schema.SchemaMigrator("duckdb").migrations();
        return migrations.get(migrations.size() - 1).version();
    }
}
