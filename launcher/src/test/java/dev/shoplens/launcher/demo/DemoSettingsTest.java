package dev.shoplens.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shoplens.launcher.DataDir;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoSettingsTest {

    @TempDir
    Path dir;

    @Test
    void optionsAreValidatedBeforeAnythingStarts() {
        assertThatThrownBy(() -> new DemoSettings(70_000, "127.0.0.1", dir, 10, 10, 10, 1, 1))
                .hasMessageContaining("--port");
        assertThatThrownBy(() -> new DemoSettings(0, "127.0.0.1", dir, 0, 10, 10, 1, 1))
                .hasMessageContaining("--customers");
        assertThatThrownBy(() -> new DemoSettings(0, "127.0.0.1", dir, 10, 10, -1, 1, 1))
                .hasMessageContaining("--history-days");
        assertThatThrownBy(() -> new DemoSettings(0, "127.0.0.1", dir, 10, 10, 10, 0, 1))
                .hasMessageContaining("--speed");
        assertThatThrownBy(() -> new DemoSettings(0, " ", dir, 10, 10, 10, 1, 1))
                .hasMessageContaining("--bind");
    }

    @Test
    void theDemoReplacesOnlyAStoreItCreated() throws Exception {
        DataDir data = new DataDir(dir).create();
        data.store().openWriter().close();
        assertThatThrownBy(() -> Demo.freshStore(data)).hasMessageContaining("did not create");

        Files.writeString(dir.resolve(Demo.MARKER), "demo");
        Demo.freshStore(data);
        assertThat(data.hasStore()).isTrue();
        assertThat(dir.resolve(Demo.MARKER)).exists();
    }
}
