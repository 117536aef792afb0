package dev.shoplens.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.shoplens.audiences.Audience;
import dev.shoplens.audiences.AudienceChange;
import dev.shoplens.scores.CustomerScore;
import dev.shoplens.store.audiences.AudienceBook;
import dev.shoplens.store.read.ShopReader;
import dev.shoplens.store.write.ResultWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audiences' definitions and members, the same whichever database is behind the store. */
abstract class AudienceBookContract {

    static final Instant JAN1 = Instant.parse("2026-01-01T10:00:00Z");
    static final Instant JAN2 = Instant.parse("2026-01-02T10:00:00Z");
    static final Instant JAN3 = Instant.parse("2026-01-03T10:00:00Z");

    StoreSettings store;

    /** A fresh, empty store. */
    abstract StoreSettings newStore();

    @BeforeEach
    void openStore() {
        store = newStore();
        try (ResultWriter writer = store.openWriter()) {
            // the schema, as the job makes it before the dashboard reads
        }
    }

    @Test
    void eachChangeOfADefinitionIsANewVersionAndTheNewestServes() {
        Audience first = Audience.define("Win back", "churn_risk >= 60%", "manager", JAN1);
        Audience second = first.withRule("churn_risk >= 70%", "admin", JAN2);
        try (ShopReader reader = store.openReader()) {
            AudienceBook book = reader.audiences();
            book.save(first);
            book.save(Audience.define("Almost buying", "purchase_probability >= 0.5", "manager", JAN1));
            book.save(second);

            assertThat(book.current())
                    .extracting(Audience::name, Audience::version, Audience::rule)
                    .containsExactly(
                            tuple("Almost buying", 1, "purchase_probability >= 0.5"),
                            tuple("Win back", 2, "churn_risk >= 70%"));
            assertThat(book.current("win-back")).contains(second);
            assertThatThrownBy(() -> book.save(first.withRule("churn_risk >= 10%", "other", JAN3)))
                    .as("an edit of a version that is no longer the newest")
                    .hasMessageContaining("changed meanwhile");
            assertThatThrownBy(() -> book.save(Audience.define("Win back!", "spent_90d >= 1", "m", JAN3)))
                    .hasMessageContaining("exists");
        }
    }

    @Test
    void aMemberIsACustomerWhoseNewestChangeIsAnEnter() {
        try (ResultWriter writer = store.openWriter()) {
            writer.writeCustomerScores(List.of(score("c1", 300.0), score("c2", 100.0), score("c3", 50.0)));
            writer.writeAudienceChanges(List.of(
                    change("c1", 1, true, JAN1),
                    change("c2", 1, true, JAN1),
                    change("c3", 1, true, JAN1),
                    change("c3", 2, false, JAN2),
                    // A definition changed between two of c2's scores: both changes as of the same score, seq decides.
                    change("c2", 2, false, JAN2),
                    change("c2", 3, true, JAN2)));
        }
        try (ShopReader reader = store.openReader()) {
            AudienceBook book = reader.audiences();

            assertThat(book.members("a", 10))
                    .extracting(AudienceBook.Member::customerId, AudienceBook.Member::expectedRevenue90d)
                    .containsExactly(tuple("c1", 300.0), tuple("c2", 100.0));
            assertThat(book.members("a", 1)).hasSize(1);
            assertThat(book.members("a", 10).get(1).since()).isEqualTo(JAN2);
            assertThat(book.size("a")).isEqualTo(new AudienceBook.Size(2, 400.0));
            // Each came in with 100 of expected revenue; c2 left and came back on the 2nd, c3 left.
            assertThat(book.sizes("a"))
                    .containsExactly(
                            new AudienceBook.DaySize(LocalDate.of(2026, 1, 1), 3, 300.0),
                            new AudienceBook.DaySize(LocalDate.of(2026, 1, 2), 2, 200.0));
            assertThat(book.size("nobody")).isEqualTo(new AudienceBook.Size(0, 0.0));
        }
    }

    static AudienceChange change(String customer, long seq, boolean entered, Instant at) {
        return new AudienceChange("a", 1, customer, seq, entered, at, 0.7, 0.2, 100.0, "lapsed");
    }

    static CustomerScore score(String customer, double expectedRevenue) {
        return new CustomerScore(
                customer, JAN1, 0.7, 1, 0.2, 1, 1.0, expectedRevenue, null, 1, 0, "lapsed", 1, null, null, null);
    }
}
