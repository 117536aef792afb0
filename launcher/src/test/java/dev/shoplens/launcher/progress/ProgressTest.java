package dev.shoplens.launcher.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private final SteppedClock clock = new SteppedClock();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private Progress progress(boolean terminal) {
        return new Progress("import", new PrintStream(bytes, true, StandardCharsets.UTF_8), terminal, clock);
    }

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void elsewhereThanOnATerminalPrintsAFullLineAtMostEveryFiveSeconds() {
        Progress progress = progress(false);
        progress.show("1");
        clock.advance(Duration.ofSeconds(4));
        progress.show("2"); // too soon
        clock.advance(Duration.ofSeconds(1));
        progress.show("3");
        clock.advance(Duration.ofMillis(4_999));
        progress.show("4"); // too soon
        clock.advance(Duration.ofMillis(1));
        progress.show("5");

        assertThat(printed()).isEqualTo("import: 1\nimport: 3\nimport: 5\n".replace("\n", System.lineSeparator()));
    }

    @Test
    void onATerminalRewritesOneLineFromItsStartAndCoversALongerOne() {
        Progress progress = progress(true);
        progress.show("a longer status");
        clock.advance(Duration.ofMillis(100));
        progress.show("skipped: a rewrite 100 ms after the last would flicker");
        clock.advance(Duration.ofMillis(100));
        progress.show("short");

        assertThat(printed())
                .isEqualTo("\rimport: a longer status\r" + "\rimport: short" + " ".repeat(10) + "\r")
                .doesNotContain("skipped")
                .doesNotContain("\n");
    }

    @Test
    void doneIsShownAtOnceEndsTheTerminalLineAndStartsTheNextStep() {
        Progress progress = progress(true);
        progress.show("reading");
        clock.advance(Duration.ofSeconds(3));
        assertThat(progress.elapsed()).isEqualTo(Duration.ofSeconds(3));

        progress.done("read"); // no wait for the rewrite interval
        assertThat(progress.elapsed()).isZero();
        progress.show("training"); // the next step's first status, at once

        assertThat(printed())
                .isEqualTo("\rimport: reading\r" + "\rimport: read   \r" + System.lineSeparator()
                        + "\rimport: training\r");
    }

    @Test
    void doneElsewhereIsOneMoreLine() {
        Progress progress = progress(false);
        progress.show("reading");
        progress.done("read");
        progress.show("training");

        assertThat(printed().lines()).containsExactly("import: reading", "import: read", "import: training");
    }

    @Test
    void showWithElapsedTellsTheStepsTimeSoFar() {
        Progress progress = progress(false);
        clock.advance(Duration.ofSeconds(65));
        progress.showWithElapsed("purchase LSTM: epoch 3 of at most 30");

        assertThat(printed()).startsWith("import: purchase LSTM: epoch 3 of at most 30, 1 min 05 s so far");
    }

    @Test
    void durationsAreAsPreciseAsAPersonReadsThem() {
        assertThat(Progress.duration(Duration.ofMillis(900))).isEqualTo("0 s");
        assertThat(Progress.duration(Duration.ofSeconds(42))).isEqualTo("42 s");
        assertThat(Progress.duration(Duration.ofSeconds(185))).isEqualTo("3 min 05 s");
        assertThat(Progress.duration(Duration.ofMinutes(127).plusSeconds(59))).isEqualTo("2 h 07 min");
        assertThat(Progress.duration(Duration.ofSeconds(-3))).isEqualTo("0 s");
    }
}
