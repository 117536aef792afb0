package dev.shoplens.launcher.privacy;

import dev.shoplens.launcher.ConfigOption;
import dev.shoplens.privacy.CustomerPseudonyms;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code shoplens pseudonym ID...}: the pseudonyms ShopLens keeps for the shop's own customer ids, under the key of
 * {@code privacy.pseudonymKey}. For the shop, which holds the key: to find a customer on the dashboard, or to map an
 * audience's export or topic back to its own customers (with {@code -}, one id per line of standard input, a whole
 * customer table at once).
 */
@Command(
        name = "pseudonym",
        mixinStandardHelpOptions = true,
        description = "Print the pseudonym ShopLens keeps for each customer id (privacy.pseudonymKey must be set):"
                + " one line each, the id, a tab and its pseudonym. With -, read the ids from standard input, one a"
                + " line.")
public final class PseudonymCommand implements Callable<Integer> {

    @Parameters(
            arity = "1..*",
            paramLabel = "ID",
            description = "The shop's own customer ids, or - for standard input.")
    List<String> ids;

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() throws IOException {
        CustomerPseudonyms pseudonyms = config.load().pseudonyms();
        if (!pseudonyms.enabled()) {
            System.err.println("No pseudonym key: set privacy.pseudonymKey (SHOPLENS_PRIVACY_PSEUDONYM_KEY or"
                    + " SHOPLENS_PRIVACY_PSEUDONYM_KEY_FILE). Without it ShopLens keeps the ids as they come.");
            return 2;
        }
        if (ids.equals(List.of("-"))) {
            print(pseudonyms, new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), System.out);
        } else {
            ids.forEach(id -> System.out.println(line(pseudonyms, id)));
        }
        return 0;
    }

    /** Every non-blank line of {@code in} as an id and its pseudonym. */
    static void print(CustomerPseudonyms pseudonyms, BufferedReader in, PrintStream out) throws IOException {
        for (String id = in.readLine(); id != null; id = in.readLine()) {
            if (!id.isBlank()) {
                out.println(line(pseudonyms, id.strip()));
            }
        }
    }

    static String line(CustomerPseudonyms pseudonyms, String id) {
        return id + "\t" + pseudonyms.of(id);
    }
}
