package dev.shoplens.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Opens a fresh connection to the store per call: the store's parts that run SQL of their own (erasure, inventory
 * planning, audiences) take one from their reader, and close each connection when done (DuckDB connections are not
 * for concurrent use).
 */
@FunctionalInterface
public interface Connections {
    Connection open() throws SQLException;
}
