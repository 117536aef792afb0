package dev.shoplens.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The nightly demand refit's forecasts in planning, on DuckDB. */
class DuckDbNightlyForecastTest extends NightlyForecastContract {

    @TempDir
    Path dir;

    @Override
    StoreSettings newStore() {
        return DuckDbSettings.inDataDir(dir);
    }
}
