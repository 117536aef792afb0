package dev.shoplens.dashboard.audiences;

import static dev.shoplens.dashboard.csv.CsvExport.number;

import dev.shoplens.dashboard.csv.SafeCsvPrinter;
import dev.shoplens.store.audiences.AudienceBook;
import java.io.IOException;
import java.util.List;

/** An audience's members as CSV, for an email, ads or service tool: plain numbers, ISO times (UTC). */
final class AudienceCsv {

    private AudienceCsv() {}

    static void members(SafeCsvPrinter csv, List<AudienceBook.Member> members) throws IOException {
        for (AudienceBook.Member m : members) {
            csv.printRecord(
                    m.customerId(),
                    m.since(),
                    m.audienceVersion(),
                    number(m.churnRisk(), 4),
                    number(m.purchaseProbability(), 4),
                    number(m.expectedRevenue90d(), 2),
                    m.segment(),
                    m.churnReasons());
        }
    }
}
