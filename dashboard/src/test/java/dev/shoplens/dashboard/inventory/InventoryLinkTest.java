package dev.shoplens.dashboard.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InventoryLinkTest {

    @Test
    void filtersAndTheChosenProductRoundTripThroughTheAddress() {
        InventoryLink link = new InventoryLink("kitchen", RiskChoice.AT_RISK, "p-17");

        QueryParameters parameters = link.toQueryParameters();

        assertThat(parameters.getParameters())
                .isEqualTo(
                        Map.of("category", List.of("kitchen"), "risk", List.of("at_risk"), "product", List.of("p-17")));
        assertThat(InventoryLink.parse(parameters)).isEqualTo(link);
    }

    @Test
    void noFilterIsAnEmptyAddress() {
        assertThat(InventoryLink.NONE.toQueryParameters().getQueryString()).isEmpty();
        assertThat(InventoryLink.parse(QueryParameters.empty())).isEqualTo(InventoryLink.NONE);
    }

    @Test
    void anUnknownRiskIsIgnoredRatherThanFailingThePage() {
        InventoryLink link = InventoryLink.parse(QueryParameters.simple(Map.of("risk", "nonsense", "category", " ")));

        assertThat(link).isEqualTo(InventoryLink.NONE);
    }
}
