package dev.shoplens.store.retention;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How long rows are kept, per table, counted from when each row was written. ClickHouse applies these as TTLs
 * (sql/clickhouse/V10__retention.sql); DuckDB through {@link Compaction}, which {@code bin/shoplens compact} runs.
 * Tables without a rule keep their rows: they hold one row per customer, product or model, not one per day.
 */
public record Retention(List<Rule> rules) {

    /** Rows of {@code table} whose {@code writtenColumn} is more than {@code days} old are deleted. */
    public record Rule(String table, String writtenColumn, int days) {
        public Rule {
            if (days < 1) {
                throw new IllegalArgumentException(table + " must keep its rows at least a day, was " + days);
            }
        }
    }

    public static final Retention DEFAULTS = new Retention(List.of(
            new Rule("rejected_events", "rejected_at", 90),
            new Rule("event_counts", "written_at", 35),
            new Rule("customer_daily", "written_at", 400),
            new Rule("product_daily", "written_at", 800),
            new Rule("sequence_scores", "written_at", 180)));

    public Retention {
        rules = List.copyOf(rules);
    }

    /** How many days {@code table}'s rule keeps its rows. */
    public int daysOf(String table) {
        return rules.stream()
                .filter(rule -> rule.table().equals(table))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no retention rule for " + table))
                .days();
    }

    /** These rules with {@code days} for the tables it names ({@code table=days}); an unknown table is refused. */
    public Retention with(Map<String, Integer> days) {
        Map<String, Rule> byTable = new LinkedHashMap<>();
        rules.forEach(rule -> byTable.put(rule.table(), rule));
        days.forEach((table, keep) -> {
            Rule rule = byTable.get(table);
            if (rule == null) {
                throw new IllegalArgumentException(
                        "no retention rule for " + table + "; tables with one: " + byTable.keySet());
            }
            byTable.put(table, new Rule(table, rule.writtenColumn(), keep));
        });
        return new Retention(List.copyOf(byTable.values()));
    }
}
