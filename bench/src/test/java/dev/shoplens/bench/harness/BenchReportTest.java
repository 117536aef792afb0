package dev.shoplens.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchReportTest {

    static final Machine MACHINE = new Machine(2, "23.4 GB", "2.0 GB", "17.0.15 (OpenJDK)", "Linux 6.1 amd64");

    static final BenchReport REPORT = new BenchReport(
            MACHINE,
            "2026-11-29T00:30:00Z",
            "quick",
            List.of(
                    Figure.against("feature_job_throughput", "events/s", 48_000, 120_000),
                    Figure.against("retrain_50k_seconds", "s", 1.5, 0.25),
                    new Rounds.Paired(new double[] {9, 11, 10}, new double[] {19, 21, 20})
                            .median("floor_events_per_s", "events/s")));

    @Test
    void writesTheMachineAndEveryFigureAsJson(@TempDir Path dir) throws Exception {
        Path file = REPORT.writeJson(dir.resolve("out"));

        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertThat(file.getFileName().toString()).isEqualTo("bench-results.json");
        assertThat(json.at("/machine/cores").asInt()).isEqualTo(2);
        assertThat(json.at("/machine/memory").asText()).isEqualTo("23.4 GB");
        assertThat(json.at("/machine/java").asText()).startsWith("17");
        assertThat(json.at("/machine/os").asText()).startsWith("Linux");
        JsonNode first = json.at("/results/0");
        assertThat(first.get("name").asText()).isEqualTo("feature_job_throughput");
        assertThat(first.get("value").asDouble()).isEqualTo(48_000);
        assertThat(first.get("unit").asText()).isEqualTo("events/s");
        assertThat(first.get("baseline").asDouble()).isEqualTo(120_000);
        assertThat(first.get("ratio").asDouble()).isEqualTo(0.4);
        assertThat(json.at("/results/1/ratio").asDouble()).isEqualTo(6.0);
        assertThat(json.at("/results/0/spread").isNull()).isTrue();
        assertThat(json.at("/results/2/spread/rounds").asInt()).isEqualTo(3);
        assertThat(json.at("/results/2/spread/lowest").asDouble()).isEqualTo(9);
        assertThat(json.at("/results/2/spread/baselineHighest").asDouble()).isEqualTo(21);
        assertThat(BenchReport.readJson(file)).isEqualTo(REPORT);
    }

    @Test
    void printsOneAlignedRowPerFigure() {
        String[] lines = REPORT.table().split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).startsWith("figure").contains("baseline").endsWith("rounds (low-high)");
        assertThat(lines[1])
                .startsWith("feature_job_throughput")
                .contains("48,000")
                .contains("120,000")
                .endsWith("0.40");
        assertThat(lines[2]).contains("1.500").contains("0.250").endsWith("6.00");
        assertThat(lines[1].length()).isEqualTo(lines[2].length());
        assertThat(lines[3]).contains("0.50  3 (9.000-11.0; baseline 19.0-21.0)");
    }

    @Test
    void aFigureNeedsAMeasuredBaseline() {
        assertThatThrownBy(() -> Figure.against("x", "s", 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Figure.against("x", "s", Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Figure.against("Not A Name", "s", 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMachineIsThisOne() {
        Machine here = Machine.current();
        assertThat(here.cores()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(here.memory()).endsWith(" GB");
        assertThat(here.java()).startsWith(System.getProperty("java.version"));
    }
}
