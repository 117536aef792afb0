package dev.shoplens.dashboard.operations.topic;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the Operations page finds the topic the job publishes audience changes to ({@code
 * shoplens.audience-topic.bootstrap-servers} and {@code .topic}; no servers: the page says the changes go to the store
 * alone) and how long a read of the brokers may take. Checked at start-up.
 */
@ConfigurationProperties(prefix = "shoplens.audience-topic")
public record AudienceTopicProperties(String bootstrapServers, String topic, Duration timeout) {

    static final String DEFAULT_TOPIC = "shoplens-audience-changes";
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);

    public AudienceTopicProperties {
        if (bootstrapServers != null && bootstrapServers.isBlank()) {
            bootstrapServers = null;
        }
        if (topic == null || topic.isBlank()) {
            topic = DEFAULT_TOPIC;
        }
        if (timeout == null) {
            timeout = DEFAULT_TIMEOUT;
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("shoplens.audience-topic.timeout must be positive, was " + timeout);
        }
    }

    public boolean configured() {
        return bootstrapServers != null;
    }
}
