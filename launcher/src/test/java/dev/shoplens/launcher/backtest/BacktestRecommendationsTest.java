package dev.shoplens.launcher.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.jobs.source.files.CsvTransactionFeed;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BacktestRecommendationsTest {

    @TempDir
    Path dir;

    @Test
    void aLogWithoutProductsGetsNoRecommendationsAndTheReportSaysWhy() throws Exception {
        // The CDNOW layout: customer, day, quantity, amount; no product column.
        Path log = dir.resolve("cdnow.txt");
        CsvTransactionFeed feed = CdnowLog.write(
                log,
                """
                00001 19970101 1 11.77
                00002 19970112 5 77.00
                00001 19970210 2 20.76
                00003 19970301 1 9.99
                00002 19970402 3 35.00
                """);
        BacktestSplit split = BacktestSplit.of(LocalDate.of(1997, 3, 15), ZoneOffset.UTC, 30, 30);

        BacktestRecommendations.Result result = BacktestRecommendations.run(
                ShopHistory.read(feed, split), split, dir.resolve("recommendations.csv"), true);

        assertThat(result.customers()).isZero();
        assertThat(result.metrics()).isEmpty();
        assertThat(BacktestReport.recommendationVerdict(result)).contains("names fewer than two products");
    }
}
