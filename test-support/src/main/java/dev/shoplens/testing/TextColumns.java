package dev.shoplens.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds text anywhere in a store: in every text column of every table, every version of every row (not only what
 * reads see). What the erasure tests use to prove that no row holds an erased id.
 */
public final class TextColumns {

    private TextColumns() {}

    /** {@code table.column} of every text column where some row holds {@code text}; {@code dialect} duckdb or clickhouse. */
    public static List<String> holding(Connection c, String dialect, String text) throws SQLException {
        List<String[]> columns = textColumns(c, dialect);
        if (columns.size() < 20) {
            throw new IllegalStateException("only " + columns.size() + " text columns found: is the schema there?");
        }
        List<String> holding = new ArrayList<>();
        for (String[] column : columns) {
            String sql =
                    "SELECT count(*) FROM " + column[0] + " WHERE position(? IN coalesce(" + column[1] + ", '')) > 0";
            try (PreparedStatement count = c.prepareStatement(sql)) {
                count.setString(1, text);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        holding.add(column[0] + "." + column[1]);
                    }
                }
            }
        }
        return holding;
    }

    private static List<String[]> textColumns(Connection c, String dialect) throws SQLException {
        String sql =
                switch (dialect) {
                    case "duckdb" -> "SELECT table_name, column_name FROM information_schema.columns"
                            + " WHERE table_schema = 'main' AND data_type = 'VARCHAR'";
                    case "clickhouse" -> "SELECT table, name FROM system.columns"
                            + " WHERE database = currentDatabase() AND type LIKE '%String%'";
                    default -> throw new IllegalArgumentException(
                            "dialect must be duckdb or clickhouse, was " + dialect);
                };
        List<String[]> columns = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                columns.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        return columns;
    }
}
