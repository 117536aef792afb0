package dev.shoplens.store.read;

import dev.shoplens.scores.CustomerScore;
import java.util.List;
import java.util.Optional;

/**
 * What the Customers, customer and Forecasts pages read of the customers: a page of them, how many pass a filter, one
 * customer's row, scores and orders, the segments' names and the scores in aggregate. One of the readers a
 * {@link ShopReader} hands out per page.
 */
public interface CustomerReads {

    /** A customer's newest scores with their reasons. */
    Optional<CustomerScore> score(String customerId);

    /** One page of the customers that pass {@code filter}, sorted by {@code sort} and then by id. */
    List<CustomerRow> page(CustomerFilter filter, List<CustomerSort.Order> sort, int offset, int limit);

    /** How many customers pass {@code filter}. */
    long count(CustomerFilter filter);

    /** One customer's features and scores, as the customer list shows them. */
    Optional<CustomerRow> find(String customerId);

    /** A customer's newest {@code limit} purchases and returns, newest first. */
    List<CustomerOrder> orders(String customerId, int limit);

    /** The names of the segments customers are in now, for choosing one. */
    List<String> segmentNames();

    /** The customers' current scores in aggregate. */
    ScoreSummary scoreSummary();
}
