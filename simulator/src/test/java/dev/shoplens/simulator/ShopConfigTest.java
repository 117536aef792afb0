package dev.shoplens.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ShopConfigTest {

    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void rejectsNoCustomers() {
        assertThatThrownBy(() -> new ShopConfig(1, 0, 10, START))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customers must be at least 1, was 0");
    }

    @Test
    void rejectsNegativeProducts() {
        assertThatThrownBy(() -> new ShopConfig(1, 10, -3, START))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("products must be at least 1, was -3");
    }

    @Test
    void rejectsMissingStart() {
        assertThatThrownBy(() -> new ShopConfig(1, 10, 10, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("start must not be null");
    }

    @Test
    void acceptsTheSmallestShop() {
        ShopConfig config = new ShopConfig(7, 1, 1, START);

        assertThat(config.customers()).isEqualTo(1);
        assertThat(config.products()).isEqualTo(1);
        assertThat(new SimulatedShop(config).next().time()).isEqualTo(START);
    }

    @Test
    void demoUsesTheDemoSizes() {
        ShopConfig demo = ShopConfig.demo(3, START);

        assertThat(demo).isEqualTo(new ShopConfig(3, 2000, 200, START));
    }
}
