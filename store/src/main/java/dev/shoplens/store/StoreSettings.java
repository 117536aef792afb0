package dev.shoplens.store;

import dev.shoplens.store.read.ShopReader;
import dev.shoplens.store.write.ResultWriter;
import java.io.Serializable;

/**
 * Where results live. Serializable because Flink ships it to the sink instances, which open their own writers.
 * Opening a writer applies the schema migrations that are missing.
 */
public sealed interface StoreSettings extends Serializable permits DuckDbSettings, ClickHouseSettings {

    ResultWriter openWriter();

    ShopReader openReader();

    /** Brings the schema to the newest version; the starter of a job calls it once before the job's writers race. */
    default void migrate() {
        openWriter().close();
    }

    /** A short description for logs and the status output, without secrets. */
    String describe();
}
