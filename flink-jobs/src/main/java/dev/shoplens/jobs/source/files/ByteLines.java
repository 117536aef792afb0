package dev.shoplens.jobs.source.files;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a file line by line as bytes, so that a line that is not valid UTF-8 reaches validation as it is (a
 * character reader would silently replace the bad bytes).
 */
final class ByteLines implements AutoCloseable {

    private final InputStream in;
    private int lineNumber;

    ByteLines(Path file) {
        try {
            this.in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file, e);
        }
    }

    /** The next line without its line break, or null at the end of the file. */
    byte[] next() {
        try {
            ByteArrayOutputStream line = new ByteArrayOutputStream(256);
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                line.write(b);
            }
            if (b == -1 && line.size() == 0) {
                return null;
            }
            lineNumber++;
            byte[] bytes = line.toByteArray();
            int end = bytes.length;
            if (end > 0 && bytes[end - 1] == '\r') {
                end--;
            }
            return end == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, end);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int lineNumber() {
        return lineNumber;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
