package dev.shoplens.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The launcher's class path as packaged ({@code target/lib}, what {@code bin/shoplens}, the compose file and the
 * launcher image run) holds what production needs and none of the bench or the tests' services: no embedded Kafka
 * broker, no ClickHouse engine adapter, no Testcontainers.
 */
class ProductionClassPathIT {

    @Test
    void theLauncherCarriesNeitherTheBenchNorTheTestServices() throws IOException {
        List<String> jars;
        try (Stream<Path> lib = Files.list(Path.of("target", "lib"))) {
            jars = lib.map(jar -> jar.getFileName().toString()).sorted().toList();
        }

        assertThat(jars)
                .as("what production needs")
                .anyMatch(jar -> jar.startsWith("flink-jobs-"))
                .anyMatch(jar -> jar.startsWith("dashboard-"))
                .anyMatch(jar -> jar.startsWith("kafka-clients-"))
                .anyMatch(jar -> jar.startsWith("client-v2-"));
        assertThat(jars)
                .as("the bench and the tests' services")
                .noneMatch(jar -> jar.startsWith("bench-"))
                .noneMatch(jar -> jar.startsWith("test-support-"))
                .noneMatch(jar -> jar.startsWith("kafka_2.13-") || jar.startsWith("kafka-server-"))
                .noneMatch(jar -> jar.startsWith("testcontainers-") || jar.startsWith("junit-"));
    }
}
