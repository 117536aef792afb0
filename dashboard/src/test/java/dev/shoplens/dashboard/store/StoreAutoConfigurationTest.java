package dev.shoplens.dashboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import dev.shoplens.dashboard.TestShop;
import dev.shoplens.store.read.SharedReads;
import dev.shoplens.store.read.ShopReader;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class StoreAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class, StoreAutoConfiguration.class));

    @Test
    void opensTheConfiguredDuckDbFile() {
        String file = TestShop.knownShop().file();
        runner.withPropertyValues("shoplens.store.duckdb-file=" + file).run(context -> {
            assertThat(context).hasSingleBean(ShopReader.class);
            ShopReader reader = context.getBean(ShopReader.class);
            assertThat(reader).as("the users' shared reads over the file").isInstanceOf(SharedReads.class);
            assertThat(reader.status().store()).isEqualTo("duckdb:" + file);
            assertThat(reader.status().orders()).isEqualTo(3);
        });
    }

    @Test
    void failsAtStartWithoutAFile() {
        runner.run(context -> assertThat(context)
                .hasFailed()
                .getFailure()
                .rootCause()
                .hasMessageContaining("shoplens.store.duckdb-file"));
    }

    @Test
    void stepsAsideForAReaderTheEmbeddingApplicationSupplies() {
        ShopReader supplied = mock(ShopReader.class);
        runner.withBean(ShopReader.class, () -> supplied).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(ShopReader.class)).isSameAs(supplied);
            assertThat(context).doesNotHaveBean(StoreProperties.class);
        });
    }

    @Test
    void stepsAsideForAReaderRegisteredBeforeStart() {
        // How a launcher that owns the writer's database can hand the dashboard a reader on that same database.
        ShopReader supplied = mock(ShopReader.class);
        runner.withInitializer(context -> context.getBeanFactory().registerSingleton("shopReader", supplied))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).getBean(ShopReader.class).isSameAs(supplied);
                });
    }
}
