package dev.shoplens.retrain.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

class BackendTest {

    @Test
    void loadsTheCpuBackendLimitedToTheGivenThreads() {
        String name = Backend.start(1);

        assertThat(name).isEqualTo("CpuBackend");
        assertThat(Backend.threads()).isEqualTo(1);
        assertThat(Backend.blasThreads()).isEqualTo(1);
        // The natives really compute: a 2x2 matrix product.
        assertThat(Nd4j.createFromArray(new double[][] {{1, 2}, {3, 4}})
                        .mmul(Nd4j.createFromArray(new double[][] {{1, 0}, {0, 1}}))
                        .getDouble(1, 0))
                .isEqualTo(3.0);
    }

    @Test
    void refusesNoThreads() {
        assertThatThrownBy(() -> Backend.start(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
