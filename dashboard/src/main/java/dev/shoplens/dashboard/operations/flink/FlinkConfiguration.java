package dev.shoplens.dashboard.operations.flink;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Flink jobs the Operations page reads, from {@link FlinkProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FlinkProperties.class)
class FlinkConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(FlinkConfiguration.class);

    @Bean
    FlinkJobs flinkJobs(FlinkProperties properties) {
        FlinkJobs jobs = FlinkJobs.of(properties);
        if (jobs.configured()) {
            LOG.info("The Operations page reads Flink's REST API at {}", jobs.restUrl());
        } else {
            LOG.info("No shoplens.flink.rest-url: the Operations page shows no Flink jobs");
        }
        return jobs;
    }
}
