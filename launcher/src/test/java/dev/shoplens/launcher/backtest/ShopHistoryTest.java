package dev.shoplens.launcher.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.event.EventFeed;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShopHistoryTest {

    @TempDir
    Path dir;

    @Test
    void theHistoryPassCountsWhatTheCalibrationsFeatureJobWillRead() throws Exception {
        // CDNOW's layout; a line without a valid day is read (and rejected) where it stands.
        Path log = dir.resolve("cdnow.txt");
        EventFeed feed = CdnowLog.write(
                log,
                """
                00001 19970101 1 11.77
                00002 19970112 5 77.00
                00001 19970210 2 20.76
                00004 1997xx10 2 20.76
                00003 19970314 1 9.99
                00003 19970315 1 9.99
                00002 19970402 3 35.00
                00001 19970501 1 12.00
                """);
        BacktestSplit split = BacktestSplit.of(LocalDate.of(1997, 3, 14), ZoneOffset.UTC, 30, 30);

        ShopHistory history = ShopHistory.read(feed, split);

        assertThat(history.calibrationFeedEvents())
                .isEqualTo(EventFeed.countByReading(split.calibrationFeed(feed)))
                .isEqualTo(5);
        assertThat(history.accepted() + history.skipped()).isEqualTo(8);
    }
}
