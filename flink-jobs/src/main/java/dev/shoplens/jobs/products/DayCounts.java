package dev.shoplens.jobs.products;

import dev.shoplens.orders.Money;

/** A product's running counts for one day (a Flink POJO kept in map state). */
public class DayCounts {
    public int unitsSold;
    public int unitsReturned;
    public double revenue;
    public int views;
    public int cartAdds;
    public Integer stockOnHand;
    public long stockTime = Long.MIN_VALUE;
    public long asOf = Long.MIN_VALUE;

    public void add(ProductActivity a) {
        long t = a.time().toEpochMilli();
        asOf = Math.max(asOf, t);
        switch (a.kind()) {
            case VIEW -> views++;
            case CART_ADD -> cartAdds++;
            case SOLD -> {
                unitsSold += a.units();
                revenue = Money.add(revenue, a.amount());
            }
            case RETURNED -> {
                unitsReturned += a.units();
                revenue = Money.add(revenue, -a.amount());
            }
            case STOCK -> {
                // The newest report of the day wins, whatever order the reports arrive in.
                if (t >= stockTime) {
                    stockTime = t;
                    stockOnHand = a.stockOnHand();
                }
            }
        }
    }
}
