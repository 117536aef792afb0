package dev.shoplens.jobs.customers;

import dev.shoplens.orders.Money;

/** A customer's running counts for one day (a Flink POJO kept in map state). */
public class CustomerDayCounts {
    public int views;
    public int cartAdds;
    public int orders;
    public double revenue;
    public int returns;
    public long asOf = Long.MIN_VALUE;

    public void add(CustomerActivity a) {
        asOf = Math.max(asOf, a.time());
        switch (a.kind()) {
            case VIEW -> views++;
            case CART_ADD -> cartAdds++;
            case ORDER -> {
                orders++;
                revenue = Money.add(revenue, a.amount());
            }
            case RETURN -> returns++;
        }
    }
}
