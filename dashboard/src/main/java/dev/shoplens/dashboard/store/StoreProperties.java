package dev.shoplens.dashboard.store;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Where the dashboard reads from; checked at start-up so a missing setting fails before the first page. */
@Validated
@ConfigurationProperties(prefix = "shoplens.store")
public record StoreProperties(
        @NotBlank(message = "set shoplens.store.duckdb-file to the DuckDB file to read") String duckdbFile) {}
