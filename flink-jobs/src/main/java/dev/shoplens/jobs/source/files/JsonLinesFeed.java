package dev.shoplens.jobs.source.files;

import dev.shoplens.event.EventFeed;
import dev.shoplens.event.RawEvent;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** Files of events in the v1 JSON format, one per line; blank lines are skipped. Origins are {@code file:PATH:LINE}. */
public record JsonLinesFeed(List<String> files) implements EventFeed {

    @Override
    public Iterator<RawEvent> open() {
        return new Lines();
    }

    @Override
    public long count() {
        return EventFeed.countByReading(this);
    }

    private final class Lines implements Iterator<RawEvent>, AutoCloseable {
        private int fileIndex = -1;
        private ByteLines lines;
        private RawEvent next;

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (lines == null) {
                    if (++fileIndex >= files.size()) {
                        return false;
                    }
                    lines = new ByteLines(Path.of(files.get(fileIndex)));
                }
                byte[] line = lines.next();
                if (line == null) {
                    lines.close();
                    lines = null;
                } else if (!isBlank(line)) {
                    next = new RawEvent(line, "file:" + files.get(fileIndex) + ":" + lines.lineNumber(), null);
                }
            }
            return true;
        }

        @Override
        public RawEvent next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            RawEvent result = next;
            next = null;
            return result;
        }

        @Override
        public void close() {
            if (lines != null) {
                lines.close();
            }
        }
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
