package dev.shoplens.dashboard.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shoplens.store.read.ShopReader;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/status}: the same JSON as {@code shoplens status}, plus freshness, for scripts and monitoring.
 * Access (engineers and admins, HTTP Basic) is set in the security configuration.
 */
@RestController
class StatusController {

    private final ShopReader reader;

    StatusController(ShopReader reader) {
        this.reader = reader;
    }

    @GetMapping(path = "/api/status", produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode status() {
        return StatusJson.statusWithFreshness(reader.status(), reader.freshness(Instant.now()));
    }
}
