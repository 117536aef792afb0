package dev.shoplens.launcher.retrain;

import dev.shoplens.dashboard.operations.retrain.RetrainOutcome;
import dev.shoplens.dashboard.operations.retrain.RetrainRunner;
import dev.shoplens.retrain.job.NightlyRetrain;
import dev.shoplens.scores.RetrainRun;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The one way a long-running command (the demo) retrains: its nightly schedule and the dashboard's "Trigger
 * retrain" both run this, one retrain at a time. Two at once would train twice on the same data and race to
 * register versions; whoever comes second is told and skips (a night that falls during a triggered retrain is
 * covered by it).
 */
public final class SharedRetrain implements RetrainRunner {

    private final Supplier<List<RetrainRun>> retrain;
    private final ReentrantLock running = new ReentrantLock();

    SharedRetrain(Supplier<List<RetrainRun>> retrain) {
        this.retrain = retrain;
    }

    public static SharedRetrain of(NightlyRetrain retrain) {
        return new SharedRetrain(() -> retrain.run(null));
    }

    /** Runs one retrain unless one is running; its runs, each printed as {@code shoplens retrain} prints it. */
    public Optional<List<RetrainRun>> runIfIdle() {
        if (!running.tryLock()) {
            return Optional.empty();
        }
        try {
            List<RetrainRun> runs = retrain.get();
            runs.forEach(run -> System.out.println(RetrainCommand.line(run)));
            return Optional.of(runs);
        } finally {
            running.unlock();
        }
    }

    @Override
    public RetrainOutcome retrainNow() {
        return runIfIdle().map(SharedRetrain::outcome).orElseGet(RetrainOutcome::busy);
    }

    static RetrainOutcome outcome(List<RetrainRun> runs) {
        boolean failed = runs.stream().anyMatch(r -> RetrainRun.FAILED.equals(r.outcome()));
        return new RetrainOutcome(
                failed ? RetrainOutcome.Result.FAILED : RetrainOutcome.Result.DONE,
                runs.stream().map(RetrainCommand::line).toList());
    }
}
