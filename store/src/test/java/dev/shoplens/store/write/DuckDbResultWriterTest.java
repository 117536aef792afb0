package dev.shoplens.store.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.store.DuckDbSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbResultWriterTest {

    record Row(String shop, int day, String note) {}

    static final Table<Row> KEYED = new Table<>(
            "kept",
            r -> r.shop() + "/" + r.day(),
            List.of(Table.column("shop", Row::shop), Table.column("day", Row::day), Table.column("note", Row::note)));

    static final Table<Row> LOGGED = new Table<>("logged", r -> r, KEYED.columns());

    @TempDir
    Path dir;

    @Test
    void aBatchReplacesTheRowsOfItsKeysAndKeepsTheOthers() throws Exception {
        DuckDbSettings settings = DuckDbSettings.inDataDir(dir);
        try (Connection c = settings.connect();
                Statement st = c.createStatement()) {
            st.execute("CREATE TABLE kept (shop VARCHAR, day INTEGER, note VARCHAR, PRIMARY KEY (shop, day))");
            st.execute("CREATE TABLE logged (shop VARCHAR, day INTEGER, note VARCHAR)");
        }
        try (DuckDbResultWriter writer = DuckDbResultWriter.open(settings)) {
            writer.write(KEYED, List.of(new Row("a", 1, "first"), new Row("a", 2, "first"), new Row("b", 1, "x")));
            writer.write(KEYED, List.of(new Row("a", 2, "second"), new Row("b", 2, "new")));
            writer.write(KEYED, List.of(new Row("a", 2, "third"), new Row("a", 2, "fourth")));
            writer.write(LOGGED, List.of(new Row("a", 1, "one")));
            writer.write(LOGGED, List.of(new Row("a", 1, "one")));
        }

        assertThat(rows(settings, "kept"))
                .as("one row per key, the newest written")
                .containsExactly("a/1/first", "a/2/fourth", "b/1/x", "b/2/new");
        assertThat(rows(settings, "logged"))
                .as("a table without a key keeps every row")
                .hasSize(2);
    }

    private static List<String> rows(DuckDbSettings settings, String table) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = settings.connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT shop, day, note FROM " + table + " ORDER BY ALL")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getString(3));
            }
        }
        return rows;
    }
}
