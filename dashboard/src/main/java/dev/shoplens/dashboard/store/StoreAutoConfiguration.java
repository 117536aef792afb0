package dev.shoplens.dashboard.store;

import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.store.read.SharedReads;
import dev.shoplens.store.read.ShopReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Opens the store when nobody else has. An auto-configuration (listed in {@code META-INF/spring/...imports}),
 * not a scanned configuration, because only auto-configurations are evaluated after every user bean is known:
 * that makes {@code @ConditionalOnMissingBean} reliable when the launcher, which runs the jobs and the dashboard
 * in one JVM, supplies its own reader on the writer's database. The condition sits on the class so that the
 * launcher then need not set {@code shoplens.store.duckdb-file} either.
 */
@AutoConfiguration
@ConditionalOnMissingBean(ShopReader.class)
@EnableConfigurationProperties(StoreProperties.class)
public class StoreAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(StoreAutoConfiguration.class);

    @Bean(destroyMethod = "close")
    ShopReader shopReader(StoreProperties properties) {
        DuckDbSettings settings = new DuckDbSettings(properties.duckdbFile(), false);
        LOG.info("Dashboard reads {}", settings.describe());
        return SharedReads.over(settings.openReader());
    }
}
