package dev.shoplens.retrain;

import dev.shoplens.store.StoreSettings;
import dev.shoplens.store.read.SqlShopReader;
import java.sql.Connection;

/** The first column of the first row a query answers, for tests that check what a run wrote to the store. */
public final class StoreAnswers {

    private StoreAnswers() {}

    public static String text(StoreSettings store, String sql) throws Exception {
        return (String) first(store, sql);
    }

    public static long number(StoreSettings store, String sql) throws Exception {
        return ((Number) first(store, sql)).longValue();
    }

    private static Object first(StoreSettings store, String sql) throws Exception {
        try (Connection c = store.connect()) {
            return SqlShopReader.rows(c, sql).get(0)[0];
        }
    }
}
