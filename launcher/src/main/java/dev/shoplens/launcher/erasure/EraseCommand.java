package dev.shoplens.launcher.erasure;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shoplens.dashboard.audit.AuditTrail;
import dev.shoplens.launcher.ConfigOption;
import dev.shoplens.launcher.DataDirOption;
import dev.shoplens.privacy.CustomerPseudonyms;
import dev.shoplens.store.StoreException;
import dev.shoplens.store.StoreSettings;
import dev.shoplens.store.audit.AuditEntry;
import dev.shoplens.store.erasure.ErasureReport;
import dev.shoplens.store.read.ShopReader;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code shoplens erase --customer ID}: a deletion request honoured in the store of {@code --data-dir} or
 * {@code --config}, and recorded in the audit log (by the id's hash: the log must not keep what was erased). A job
 * running on the same store keeps the customer out from then on: it reads the erased list every few seconds.
 */
@Command(
        name = "erase",
        mixinStandardHelpOptions = true,
        description = "Erase a customer's personal data from the store: features, scores, daily rows, months and"
                + " rejected input that mention the id are deleted; orders stay, anonymised, so totals still add up."
                + " Jobs on the store keep the customer out from then on. Prints what was removed as JSON.")
public final class EraseCommand implements Callable<Integer> {

    @Option(
            names = "--customer",
            required = true,
            description = "The customer id to erase: the shop's own id (with privacy.pseudonymKey set, its pseudonym"
                    + " is erased, with rejected input that mentions either), or a pseudonym as the dashboard shows"
                    + " it.")
    String customer;

    @Option(
            names = "--settle-seconds",
            defaultValue = "15",
            description = "Erase again after this many seconds, for what a job running on the store wrote before it"
                    + " learnt of the erasure (0: once, when no job runs). Default: ${DEFAULT-VALUE}")
    int settleSeconds;

    @Mixin
    DataDirOption dataDir;

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() throws InterruptedException {
        if (settleSeconds < 0) {
            throw new IllegalArgumentException("--settle-seconds must be 0 or more, was " + settleSeconds);
        }
        if (!config.given() && !dataDir.dataDir().hasStore()) {
            System.err.println("No ShopLens store in " + dataDir.dataDir().path() + ".");
            return 2;
        }
        StoreSettings store =
                config.given() ? config.load().store() : dataDir.dataDir().store();
        String kept = keptId(config.load().pseudonyms(), customer);
        try (ShopReader reader = store.openReader()) {
            ErasureReport report =
                    reader.erasure().eraseAndSettle(kept, customer, Instant.now(), Duration.ofSeconds(settleSeconds));
            reader.auditLog()
                    .record(new AuditEntry(
                            Instant.now(),
                            "cli " + System.getProperty("user.name"),
                            AuditTrail.ERASE,
                            report.describe()));
            System.out.println(json(report));
            return 0;
        } catch (StoreException e) {
            System.err.println("Could not erase the customer in " + store.describe() + ": " + e.getMessage()
                    + "\nRun the command again: an erasure can be repeated.");
            return 1;
        }
    }

    /**
     * The id the store keeps for {@code customer}: its pseudonym where the shop keeps pseudonyms, unless it is one
     * already (copied from the dashboard; a shop's own ids are not 32 hex digits after {@code c-}).
     */
    static String keptId(CustomerPseudonyms pseudonyms, String customer) {
        if (!pseudonyms.enabled() || CustomerPseudonyms.isPseudonym(customer)) {
            return customer;
        }
        return pseudonyms.of(customer);
    }

    static String json(ErasureReport report) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode node = json.createObjectNode();
        node.put("customerHash", report.customerHash());
        ObjectNode deleted = node.putObject("rowsDeleted");
        report.rowsDeleted().forEach(deleted::put);
        node.put("ordersAnonymised", report.ordersAnonymised());
        return node.toPrettyString();
    }
}
