package dev.shoplens.dashboard.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import dev.shoplens.store.read.CustomerFilter;
import dev.shoplens.store.read.CustomerSort;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomerLinkTest {

    @Test
    void filtersAndSortGoIntoTheAddressAndComeBack() {
        CustomerLink link = new CustomerLink(
                new CustomerFilter(
                        "c1",
                        "lapsed, one-off",
                        CustomerFilter.ChurnRisk.HIGH,
                        100.0,
                        CustomerFilter.LastOrder.OVER_90_DAYS),
                Optional.of(new CustomerSort.Order(CustomerSort.CHURN_PROBABILITY, true)));

        QueryParameters parameters = link.toQueryParameters();

        assertThat(parameters.getQueryString().split("&"))
                .containsExactlyInAnyOrder(
                        "q=c1",
                        "segment=lapsed%2C%20one-off",
                        "risk=high",
                        "spent=100",
                        "last=over_90_days",
                        "sort=churn_probability.desc");
        assertThat(CustomerLink.parse(parameters)).isEqualTo(link);
    }

    @Test
    void noParametersMeanNoFilter() {
        assertThat(CustomerLink.parse(QueryParameters.empty())).isEqualTo(CustomerLink.NONE);
        assertThat(CustomerLink.NONE.toQueryParameters().getQueryString()).isEmpty();
    }

    @Test
    void partsThatDoNotParseAreIgnored() {
        CustomerLink link = CustomerLink.parse(
                QueryParameters.fromString("risk=extreme&spent=-5&last=yesterday&sort=drop_table.desc&q=c2"));

        assertThat(link.filter()).isEqualTo(new CustomerFilter("c2", null, null, null, null));
        assertThat(link.sort()).isEmpty();
    }
}
