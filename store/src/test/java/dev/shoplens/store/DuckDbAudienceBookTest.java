package dev.shoplens.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The audiences on DuckDB. */
class DuckDbAudienceBookTest extends AudienceBookContract {

    @TempDir
    Path dir;

    @Override
    StoreSettings newStore() {
        return DuckDbSettings.inDataDir(dir);
    }
}
