package dev.shoplens.dashboard.operations.topic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.dashboard.operations.topic.TopicHealth.Availability;
import dev.shoplens.dashboard.operations.topic.TopicHealth.ConsumerLag;
import dev.shoplens.testing.EmbeddedKafka;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audience topic's health read from a real broker: six changes published over two partitions, an email tool
 * that has committed five of them and an ads tool that has committed one.
 */
class AudienceTopicReaderIT {

    static final String TOPIC = PublishedChanges.TOPIC;

    @TempDir
    static Path dir;

    static EmbeddedKafka kafka;

    @BeforeAll
    static void publishAndConsume() throws Exception {
        kafka = PublishedChanges.start(dir.resolve("broker"));
    }

    @AfterAll
    static void stop() {
        kafka.close();
    }

    static AudienceTopicReader reader(String servers, String topic) {
        return new AudienceTopicReader(
                new AudienceTopicProperties(servers, topic, Duration.ofSeconds(5)), Clock.systemUTC());
    }

    @Test
    void readsWhatWasPublishedAndHowFarEachConsumerIsBehind() {
        try (AudienceTopicReader reader = reader(kafka.bootstrapServers(), TOPIC)) {
            TopicHealth health = reader.read();

            assertThat(health.availability()).isEqualTo(Availability.READ);
            assertThat(health.partitions()).isEqualTo(2);
            assertThat(health.published()).isEqualTo(6);
            assertThat(health.kept()).isEqualTo(6);
            assertThat(health.newest()).isEqualTo(PublishedChanges.NEWEST);
            assertThat(health.consumers())
                    .as("the furthest behind first: ads has 3 of partition 0 and both of partition 1 to read")
                    .containsExactly(
                            new ConsumerLag("ads-tool", "Empty", 0, 1, 5),
                            new ConsumerLag("email-tool", "Empty", 0, 5, 1));
            assertThat(AudienceTopicPanel.statusOf(health))
                    .isEqualTo("Topic shoplens-audience-changes: 2 partitions, 6 changes published, 6 still kept; "
                            + "the newest written 2026-03-01 10:05:00 UTC.");
        }
    }

    @Test
    void aTopicNotCreatedYetIsSaidSo() {
        try (AudienceTopicReader reader = reader(kafka.bootstrapServers(), "no-such-topic")) {
            TopicHealth health = reader.read();

            assertThat(health.availability()).isEqualTo(Availability.NO_TOPIC);
            assertThat(AudienceTopicPanel.statusOf(health)).startsWith("Topic no-such-topic does not exist yet");
        }
    }

    @Test
    void brokersThatDoNotAnswerAreReportedNotThrown() {
        try (AudienceTopicReader reader = new AudienceTopicReader(
                new AudienceTopicProperties("127.0.0.1:1", TOPIC, Duration.ofMillis(500)), Clock.systemUTC())) {
            TopicHealth health = reader.read();

            assertThat(health.availability()).isEqualTo(Availability.UNREACHABLE);
            assertThat(AudienceTopicPanel.statusOf(health))
                    .startsWith("The audience topic shoplens-audience-changes could not be read: ");
            assertThat(reader.read())
                    .as("a page refreshing within seconds shares the reading rather than waiting again")
                    .isSameAs(health);
        }
    }

    @Test
    void withoutBrokersThePageSaysTheChangesGoToTheStoreAlone() {
        TopicHealth health = AudienceTopicReader.notConfigured().read();

        assertThat(health.availability()).isEqualTo(Availability.NOT_CONFIGURED);
        assertThat(AudienceTopicPanel.statusOf(health)).startsWith("No audience topic is configured");
    }
}
