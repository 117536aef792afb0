package dev.shoplens.jobs.source.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The files an import reads: one file, or every visible regular file of a folder in name order. */
public final class InputFiles {

    private InputFiles() {}

    public static List<String> of(Path fileOrDir) {
        if (Files.isRegularFile(fileOrDir)) {
            return List.of(fileOrDir.toAbsolutePath().normalize().toString());
        }
        if (!Files.isDirectory(fileOrDir)) {
            throw new IllegalArgumentException("no such file or folder: " + fileOrDir);
        }
        try (Stream<Path> files = Files.list(fileOrDir)) {
            List<String> result = files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .map(p -> p.toAbsolutePath().normalize().toString())
                    .toList();
            if (result.isEmpty()) {
                throw new IllegalArgumentException("folder has no files: " + fileOrDir);
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + fileOrDir, e);
        }
    }
}
