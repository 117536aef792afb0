package dev.shoplens.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

    final List<Suite> every = BenchCommand.suites(new PrintStream(OutputStream.nullOutputStream()));

    @Test
    void runsEverySuiteUnlessSomeAreNamed() {
        assertThat(BenchCommand.chosen(every, null)).isEqualTo(every);
        assertThat(BenchCommand.chosen(every, List.of("KafkaPathThroughput", "FeatureJobThroughput")))
                .extracting(s -> s.getClass().getSimpleName())
                .as("in the bench's own order")
                .containsExactly("FeatureJobThroughput", "KafkaPathThroughput");
    }

    @Test
    void anUnknownSuiteIsAnErrorThatListsTheSuites() {
        assertThatThrownBy(() -> BenchCommand.chosen(every, List.of("FeatureJob")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no suite FeatureJob")
                .hasMessageContaining("FeatureJobThroughput");
    }
}
