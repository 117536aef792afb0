package dev.shoplens.dashboard.customers;

import static dev.shoplens.dashboard.csv.CsvExport.number;

import dev.shoplens.dashboard.csv.CsvExport;
import dev.shoplens.dashboard.csv.SafeCsvPrinter;
import dev.shoplens.store.read.CustomerFilter;
import dev.shoplens.store.read.CustomerOrder;
import dev.shoplens.store.read.CustomerSort;
import dev.shoplens.store.read.ShopReader;
import java.io.IOException;
import java.util.List;

/** The customer list and a customer's orders as CSV: plain numbers, ISO times (UTC), in the order shown. */
public final class CustomerCsv {

    public static final String[] CUSTOMERS = {
        "customer_id",
        "segment",
        "churn_probability",
        "purchase_probability",
        "expected_revenue_90d",
        "total_orders",
        "total_revenue",
        "orders_90d",
        "revenue_90d",
        "sessions_30d",
        "last_order_at",
        "first_seen",
        "features_as_of"
    };

    static final String[] ORDERS = {"time", "kind", "order_id", "units", "amount"};

    private CustomerCsv() {}

    public static void customers(
            SafeCsvPrinter csv, ShopReader reader, CustomerFilter filter, List<CustomerSort.Order> sort)
            throws IOException {
        CsvExport.paged(
                csv,
                (offset, limit) -> reader.customers().page(filter, sort, offset, limit),
                (out, r) -> out.printRecord(
                        r.customerId(),
                        r.segmentName(),
                        number(r.churnProbability(), 4),
                        number(r.purchaseProbability(), 4),
                        number(r.expectedRevenue90d(), 2),
                        r.totalOrders(),
                        number(r.totalRevenue(), 2),
                        r.orders90d(),
                        number(r.revenue90d(), 2),
                        r.sessions30d(),
                        r.lastOrderAt(),
                        r.firstSeen(),
                        r.featuresAsOf()));
    }

    static void orders(SafeCsvPrinter csv, List<CustomerOrder> orders) throws IOException {
        for (CustomerOrder o : orders) {
            csv.printRecord(o.time(), o.kind(), o.orderId(), o.units(), number(o.amount(), 2));
        }
    }
}
