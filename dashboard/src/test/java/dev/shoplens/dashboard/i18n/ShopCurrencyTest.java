package dev.shoplens.dashboard.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import org.junit.jupiter.api.Test;

class ShopCurrencyTest {

    @Test
    void takesAnIsoCode() {
        assertThat(new ShopCurrency(" EUR ").currency()).isEqualTo(Currency.getInstance("EUR"));
    }

    @Test
    void aWrongCodeFailsAtStartWithWhatToSet() {
        assertThatThrownBy(() -> new ShopCurrency("pounds"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shoplens.dashboard.currency")
                .hasMessageContaining("'pounds'");
    }
}
