package dev.shoplens.launcher.retrain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.dashboard.operations.retrain.RetrainOutcome;
import dev.shoplens.scores.RetrainRun;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The schedule and the dashboard's button share one retrain: never two at once. */
class SharedRetrainTest {

    @Test
    void aTriggeredRetrainDuringAnotherIsToldItIsBusy() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SharedRetrain shared = new SharedRetrain(() -> {
            started.countDown();
            await(release);
            return List.of();
        });
        Thread nightly = new Thread(shared::runIfIdle);
        nightly.start();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(shared.retrainNow()).isEqualTo(RetrainOutcome.busy());
        assertThat(shared.runIfIdle())
                .as("a night during the running retrain is skipped")
                .isEmpty();

        release.countDown();
        nightly.join(10_000);
        assertThat(shared.retrainNow().result()).isEqualTo(RetrainOutcome.Result.DONE);
    }

    @Test
    void aFailedKindMakesTheOutcomeAFailureWithItsLine() {
        RetrainRun failed = new RetrainRun(
                "churn_lstm",
                Instant.EPOCH,
                Instant.EPOCH,
                null,
                RetrainRun.FAILED,
                "no sequences",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                0.1);

        RetrainOutcome outcome = SharedRetrain.outcome(List.of(failed));

        assertThat(outcome.result()).isEqualTo(RetrainOutcome.Result.FAILED);
        assertThat(outcome.lines()).containsExactly("churn_lstm: failed (no sequences); the serving version stays");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
