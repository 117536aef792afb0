package dev.shoplens.dashboard.operations.topic;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audience topic the Operations page reads, from {@link AudienceTopicProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AudienceTopicProperties.class)
class AudienceTopicConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(AudienceTopicConfiguration.class);

    @Bean(destroyMethod = "close")
    AudienceTopicReader audienceTopicReader(AudienceTopicProperties properties) {
        if (properties.configured()) {
            LOG.info(
                    "The Operations page reads the audience topic {} at {}",
                    properties.topic(),
                    properties.bootstrapServers());
        } else {
            LOG.info("No shoplens.audience-topic.bootstrap-servers: audience changes are read from the store alone");
        }
        return new AudienceTopicReader(properties, Clock.systemUTC());
    }
}
