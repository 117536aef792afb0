package dev.shoplens.dashboard.operations.topic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.dashboard.BrowserPage;
import dev.shoplens.dashboard.BrowserTest;
import dev.shoplens.dashboard.operations.OperationsShop;
import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.testing.EmbeddedKafka;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An engineer opens the Operations page of a shop whose job publishes audience changes to a real broker, and sees
 * the topic's changes and which tool has fallen behind.
 */
class AudienceTopicBrowserIT extends BrowserTest {

    static final DuckDbSettings STORE = OperationsShop.create();
    static EmbeddedKafka kafka;

    @DynamicPropertySource
    static void storeAndTopic(DynamicPropertyRegistry registry) throws Exception {
        kafka = PublishedChanges.start(Files.createTempDirectory("shoplens-topic"));
        registry.add("shoplens.store.duckdb-file", STORE::file);
        registry.add("shoplens.audience-topic.bootstrap-servers", kafka::bootstrapServers);
        registry.add("shoplens.audience-topic.topic", () -> PublishedChanges.TOPIC);
    }

    @AfterAll
    static void stop() {
        kafka.close();
    }

    @Test
    void anEngineerSeesWhichToolIsBehindOnTheAudienceTopic() {
        signInAs("engineer");

        BrowserPage page = open("/operations");
        page.waitUntil(d -> page.text("topic-status").contains("6 changes published"));
        assertThat(page.text("topic-status"))
                .isEqualTo("Topic shoplens-audience-changes: 2 partitions, 6 changes published, 6 still kept; "
                        + "the newest written 2026-03-01 10:05:00 UTC.");
        assertThat(page.cellTexts("topic-consumers")).containsSubsequence("ads-tool", "Empty", "0", "1", "5");
        assertThat(page.cellTexts("topic-consumers")).containsSubsequence("email-tool", "Empty", "0", "5", "1");
    }
}
