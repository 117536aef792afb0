package dev.shoplens.dashboard.operations.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AudienceTopicPropertiesTest {

    @Test
    void blankServersMeanNoTopicAndTheTopicAndTimeoutHaveDefaults() {
        AudienceTopicProperties properties = new AudienceTopicProperties(" ", null, null);

        assertThat(properties.configured()).isFalse();
        assertThat(properties.topic()).isEqualTo("shoplens-audience-changes");
        assertThat(properties.timeout()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void aTimeoutThatIsNotPositiveStopsTheStart() {
        assertThatThrownBy(() -> new AudienceTopicProperties("kafka:9092", "t", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shoplens.audience-topic.timeout");
    }
}
