package dev.shoplens.store.audiences;

import static dev.shoplens.store.read.SqlShopReader.instant;
import static dev.shoplens.store.read.SqlShopReader.timestamp;

import dev.shoplens.audiences.Audience;
import dev.shoplens.store.Connections;
import dev.shoplens.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The audiences in a SQL store (DuckDB or ClickHouse: the same SQL, with each table named as the store reads its
 * current rows). A member is a customer whose newest change in the audience (largest {@code seq}) is an enter.
 */
public final class SqlAudienceBook implements AudienceBook {

    private static final String DEFINITIONS = "SELECT audience_id, argMax(version, version), argMax(name, version),"
            + " argMax(rule, version), argMax(defined_by, version), argMax(defined_at, version),"
            + " argMax(active, version) FROM %s %s GROUP BY audience_id";

    private final Connections connections;
    private final UnaryOperator<String> table;

    /** {@code table} names a table so that it reads its current rows ("t FINAL" on ClickHouse). */
    public SqlAudienceBook(Connections connections, UnaryOperator<String> table) {
        this.connections = connections;
        this.table = table;
    }

    @Override
    public List<Audience> current() {
        try (Connection c = connections.open()) {
            List<Audience> all = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement(String.format(DEFINITIONS, table.apply("audiences"), ""))) {
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        all.add(audience(rs));
                    }
                }
            }
            all.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
            return all;
        } catch (SQLException e) {
            throw new StoreException("reading the audiences failed", e);
        }
    }

    @Override
    public Optional<Audience> current(String audienceId) {
        try (Connection c = connections.open();
                PreparedStatement st = c.prepareStatement(
                        String.format(DEFINITIONS, table.apply("audiences"), "WHERE audience_id = ?"))) {
            st.setString(1, audienceId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(audience(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("reading the audience " + audienceId + " failed", e);
        }
    }

    @Override
    public void save(Audience audience) {
        int newest = current(audience.id()).map(Audience::version).orElse(0);
        if (audience.version() != newest + 1) {
            throw new IllegalStateException(
                    newest == 0
                            ? "no audience " + audience.id() + " to change"
                            : audience.version() == 1
                                    ? "an audience with the id " + audience.id() + " exists: choose another name"
                                    : "the audience " + audience.id() + " changed meanwhile (now version " + newest
                                            + "): look again");
        }
        try (Connection c = connections.open();
                PreparedStatement st = c.prepareStatement("INSERT INTO audiences VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, audience.id());
            st.setInt(2, audience.version());
            st.setString(3, audience.name());
            st.setString(4, audience.rule());
            st.setString(5, audience.definedBy());
            st.setObject(6, timestamp(audience.definedAt()));
            st.setBoolean(7, audience.active());
            st.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("saving the audience " + audience.id() + " failed", e);
        }
    }

    /** Each customer's newest change in the audience: who is in it, since when, by which version. */
    private String latest() {
        return "SELECT customer_id, argMax(change, seq) AS change, argMax(changed_at, seq) AS since,"
                + " argMax(audience_version, seq) AS version FROM " + table.apply("audience_changes")
                + " WHERE audience_id = ? GROUP BY customer_id";
    }

    private String scores() {
        return "SELECT customer_id, churn_probability, purchase_probability, expected_revenue_90d, segment_name,"
                + " churn_reasons FROM " + table.apply("customer_scores");
    }

    @Override
    public Size size(String audienceId) {
        String sql = "SELECT count(*), coalesce(sum(s.expected_revenue_90d), 0) FROM (" + latest() + ") l LEFT JOIN ("
                + scores() + ") s ON s.customer_id = l.customer_id WHERE l.change = 'enter'";
        try (Connection c = connections.open();
                PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, audienceId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return new Size(rs.getLong(1), rs.getDouble(2));
            }
        } catch (SQLException e) {
            throw new StoreException("reading the size of the audience " + audienceId + " failed", e);
        }
    }

    @Override
    public List<Member> members(String audienceId, int limit) {
        String sql = "SELECT l.customer_id, l.since, l.version, s.churn_probability, s.purchase_probability,"
                + " s.expected_revenue_90d, s.segment_name, s.churn_reasons FROM (" + latest() + ") l LEFT JOIN ("
                + scores() + ") s ON s.customer_id = l.customer_id WHERE l.change = 'enter'"
                + " ORDER BY s.expected_revenue_90d DESC NULLS LAST, l.customer_id LIMIT ?";
        try (Connection c = connections.open();
                PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, audienceId);
            st.setInt(2, limit);
            List<Member> members = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    members.add(new Member(
                            rs.getString(1),
                            instant(rs.getObject(2)),
                            rs.getInt(3),
                            number(rs, 4),
                            number(rs, 5),
                            number(rs, 6),
                            rs.getString(7),
                            rs.getString(8)));
                }
            }
            return members;
        } catch (SQLException e) {
            throw new StoreException("reading the members of the audience " + audienceId + " failed", e);
        }
    }

    @Override
    public List<DaySize> sizes(String audienceId) {
        // Followed change by change here rather than summed in SQL: a leave takes away the revenue its customer came
        // in with, which SQL would need a window function per customer for (spelled differently by the two engines).
        String sql = "SELECT CAST(changed_at AS DATE), customer_id, change, expected_revenue_90d FROM "
                + table.apply("audience_changes") + " WHERE audience_id = ? ORDER BY changed_at, customer_id, seq";
        try (Connection c = connections.open();
                PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, audienceId);
            List<DaySize> sizes = new ArrayList<>();
            Map<String, Double> members = new HashMap<>();
            double revenue = 0;
            LocalDate day = null;
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    LocalDate changed = date(rs.getObject(1));
                    if (day != null && !changed.equals(day)) {
                        sizes.add(new DaySize(day, members.size(), revenue));
                    }
                    day = changed;
                    String customer = rs.getString(2);
                    Double before = members.remove(customer);
                    revenue -= before == null ? 0 : before;
                    if (rs.getString(3).equals("enter")) {
                        double brings = Objects.requireNonNullElse(number(rs, 4), 0.0);
                        members.put(customer, brings);
                        revenue += brings;
                    }
                }
            }
            if (day != null) {
                sizes.add(new DaySize(day, members.size(), revenue));
            }
            return sizes;
        } catch (SQLException e) {
            throw new StoreException("reading the sizes of the audience " + audienceId + " failed", e);
        }
    }

    private static Audience audience(ResultSet rs) throws SQLException {
        return new Audience(
                rs.getString(1),
                rs.getInt(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                instant(rs.getObject(6)),
                rs.getBoolean(7));
    }

    private static Double number(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(String.valueOf(value));
    }
}
