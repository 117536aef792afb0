package dev.shoplens.launcher;

import dev.shoplens.store.DuckDbSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The folder that holds a ShopLens store on this machine (embedded DuckDB). */
public record DataDir(Path path) {

    public static final String DEFAULT = "data";

    public DataDir {
        path = path.toAbsolutePath().normalize();
    }

    public DataDir create() {
        try {
            Files.createDirectories(path);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data folder " + path, e);
        }
    }

    public DuckDbSettings store() {
        return DuckDbSettings.inDataDir(path);
    }

    public boolean hasStore() {
        return Files.exists(Path.of(store().file()));
    }
}
