package dev.shoplens.jobs.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The job jar a Flink cluster runs ({@code target/shoplens-jobs.jar}, made when the module is packaged): the job and
 * what it needs on a cluster, not the demo's simulated shop, nor DuckDB or Flink itself, which the cluster brings.
 */
class JobJarIT {

    @Test
    void theJobJarCarriesTheJobAndItsEventsButNotTheDemosShop() throws IOException {
        Set<String> entries;
        try (JarFile jar = new JarFile(Path.of("target", "shoplens-jobs.jar").toFile())) {
            entries = jar.stream().map(JarEntry::getName).collect(Collectors.toSet());
        }

        assertThat(entries)
                .contains(
                        "dev/shoplens/jobs/FeatureJobMain.class",
                        "dev/shoplens/event/EventFeed.class",
                        "dev/shoplens/jobs/forecast/SeriesModel.class");
        assertThat(entries)
                .noneMatch(name -> name.startsWith("dev/shoplens/simulator/"))
                .noneMatch(name -> name.startsWith("org/duckdb/"))
                .doesNotContain("org/apache/flink/streaming/api/environment/StreamExecutionEnvironment.class");
    }
}
