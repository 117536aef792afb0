package dev.shoplens.launcher;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data-dir} option of the commands that work on a store in this machine's files. */
public final class DataDirOption {

    @Option(
            names = "--data-dir",
            defaultValue = DataDir.DEFAULT,
            description = "Folder of the store. Default: ${DEFAULT-VALUE}")
    Path path;

    public DataDir dataDir() {
        return new DataDir(path);
    }
}
