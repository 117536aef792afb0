package dev.shoplens.store.write;

import java.sql.SQLException;
import java.util.function.Function;
import org.duckdb.DuckDBAppender;

/**
 * How one row type maps onto one DuckDB table: the table, the row's key (for de-duplicating a batch) and how to
 * append the row's columns in table order.
 */
record DuckDbTable<T>(String name, Function<T, Object> key, RowAppender<T> appender) {

    @FunctionalInterface
    interface RowAppender<T> {
        void append(DuckDBAppender appender, T row) throws SQLException;
    }
}
