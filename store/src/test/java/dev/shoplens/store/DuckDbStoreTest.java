package dev.shoplens.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shoplens.store.schema.SchemaMigrator;
import dev.shoplens.store.write.ResultWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbStoreTest extends StoreContract {

    @TempDir
    Path dir;

    @Override
    StoreSettings store() {
        return DuckDbSettings.inDataDir(dir);
    }

    @Override
    int newestSchemaVersion() {
        return new SchemaMigrator("duckdb")
                .migrations().stream()
                        .mapToInt(SchemaMigrator.Migration::version)
                        .max()
                        .orElseThrow();
    }

    @Test
    void aReadOnlyReaderSeesWhatTheWriterLeft() {
        DuckDbSettings settings = DuckDbSettings.inDataDir(dir);
        try (ResultWriter writer = settings.openWriter()) {
            writeSample(writer);
        }
        assertThat(settings.asReadOnly().openReader().status().orders()).isEqualTo(2);
    }

    @Override
    String dialect() {
        return "duckdb";
    }

    @Test
    void aStoreOfVersion5GetsItsCohortSummaryWhenItMigrates() throws SQLException {
        DuckDbSettings settings = DuckDbSettings.inDataDir(dir);
        cohortsSurviveTheMigrationFromVersion5(settings, settings::connect);
    }

    @Test
    void erasingACustomerLeavesNoRowWithTheId() throws SQLException {
        DuckDbSettings settings = DuckDbSettings.inDataDir(dir);
        erasureLeavesNoRowWithTheId(settings, settings::connect);
    }

    @Test
    void settingsRejectABlankFile() {
        assertThatThrownBy(() -> new DuckDbSettings(" ", false)).hasMessageContaining("must be set");
    }
}
