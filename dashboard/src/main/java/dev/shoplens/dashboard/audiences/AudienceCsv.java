package dev.shoplens.dashboard.audiences;

import static dev.shoplens.dashboard.csv.CsvExport.number;

import dev.shoplens.dashboard.csv.SafeCsvPrinter;
import dev.shoplens.models.recommend.Recommendation;
import dev.shoplens.store.audiences.AudienceBook;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An audience's members as CSV, for an email, ads or service tool: plain numbers, ISO times (UTC), and each member's
 * recommended products, best first, so that a campaign can show each customer their own products.
 */
final class AudienceCsv {

    /** Between two recommended products, as between two reasons. */
    static final String PRODUCTS_SEPARATOR = ";";

    private AudienceCsv() {}

    static void members(
            SafeCsvPrinter csv,
            List<AudienceBook.Member> members,
            Function<String, List<Recommendation>> recommendations)
            throws IOException {
        for (AudienceBook.Member m : members) {
            csv.printRecord(
                    m.customerId(),
                    m.since(),
                    m.audienceVersion(),
                    number(m.churnRisk(), 4),
                    number(m.purchaseProbability(), 4),
                    number(m.expectedRevenue90d(), 2),
                    m.segment(),
                    m.churnReasons(),
                    products(recommendations.apply(m.customerId())));
        }
    }

    /** The products' ids, best first. */
    static String products(List<Recommendation> recommendations) {
        return recommendations.stream().map(Recommendation::productId).collect(Collectors.joining(PRODUCTS_SEPARATOR));
    }
}
