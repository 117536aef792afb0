package dev.shoplens.audiences;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who belongs to an audience: conditions on {@link AudienceField}s joined by "and", as a manager writes them, e.g.
 * {@code churn_risk >= 60% and spent_90d >= 200}, {@code tenure_days <= 30 and segment = "recent buyers"} or
 * {@code purchase_probability >= 50% and bought_category != toys}. A number compares with {@code >= > <= < = !=};
 * text (the segment, a category bought from) with {@code =} and {@code !=}, quoted or not, and case-insensitively. A
 * condition on a value the customer does not have yet (no serving model, no order) is false, except that a customer
 * who bought nothing has never bought from any category ({@code bought_category != X} holds).
 *
 * <p>{@link #parse} checks everything a rule can get wrong and says what, so that a definition saved is one the job
 * can apply: an empty rule, an unknown field (the message lists the known ones), an operator that a text field
 * cannot take, a value that is not a number, a percentage on a field that is not a probability.
 */
public record AudienceRule(List<Condition> conditions) {

    /** A comparison. */
    public enum Operator {
        AT_LEAST(">="),
        AT_MOST("<="),
        ABOVE(">"),
        BELOW("<"),
        NOT_EQUAL("!="),
        EQUAL("=");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        boolean holds(double value, double bound) {
            return switch (this) {
                case AT_LEAST -> value >= bound;
                case AT_MOST -> value <= bound;
                case ABOVE -> value > bound;
                case BELOW -> value < bound;
                case NOT_EQUAL -> value != bound;
                case EQUAL -> value == bound;
            };
        }
    }

    /** One condition: {@code number} for a numeric field, {@code text} (lower case) for the segment. */
    public record Condition(AudienceField field, Operator operator, double number, String text) {

        boolean holds(AudienceFacts facts) {
            if (field == AudienceField.BOUGHT_CATEGORY) {
                // A customer who bought nothing yet has bought from no category: "!=" holds for them.
                boolean bought = facts.boughtFrom(text);
                return operator == Operator.EQUAL ? bought : !bought;
            }
            if (field.isText()) {
                if (facts.segment == null) {
                    return false;
                }
                boolean same = facts.segment.toLowerCase(Locale.ROOT).equals(text);
                return operator == Operator.EQUAL ? same : !same;
            }
            double value = facts.number(field);
            return !Double.isNaN(value) && operator.holds(value, number);
        }
    }

    public AudienceRule {
        conditions = List.copyOf(conditions);
    }

    // field, operator, value (a quoted text, or a word up to the next "and"/end).
    private static final Pattern CONDITION =
            Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(>=|<=|!=|=|>|<)\\s*(\"[^\"]*\"|'[^']*'|[^\\s].*?)\\s*");
    private static final Pattern AND = Pattern.compile("(?i)\\s+and(\\s+|$)");

    /** The rule written as {@code text}; throws {@link IllegalArgumentException} saying what is wrong. */
    public static AudienceRule parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(
                    "the rule is empty: write at least one condition, e.g. churn_risk >= 60%");
        }
        List<Condition> conditions = new ArrayList<>();
        for (String part : splitOutsideQuotes(text.trim())) {
            conditions.add(condition(part));
        }
        return new AudienceRule(conditions);
    }

    private static Condition condition(String part) {
        Matcher m = CONDITION.matcher(part);
        if (part.isBlank() || !m.matches()) {
            throw new IllegalArgumentException("\"" + part.trim()
                    + "\" is not a condition: write a field, a comparison (>= > <= < = !=) and a value, e.g."
                    + " spent_90d >= 200");
        }
        AudienceField field = AudienceField.ofWireName(m.group(1))
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown field \"" + m.group(1) + "\"; known fields: " + AudienceField.known()));
        Operator operator = operator(m.group(2));
        String value = unquote(m.group(3));
        if (field.isText()) {
            if (operator != Operator.EQUAL && operator != Operator.NOT_EQUAL) {
                throw new IllegalArgumentException(
                        field.wireName() + " is text: compare it with = or !=, not " + operator.symbol());
            }
            if (value.isBlank()) {
                throw new IllegalArgumentException(field.wireName() + " needs a value after " + operator.symbol());
            }
            return new Condition(field, operator, Double.NaN, value.toLowerCase(Locale.ROOT));
        }
        return new Condition(field, operator, number(field, value), null);
    }

    private static double number(AudienceField field, String value) {
        boolean percent = value.endsWith("%");
        String digits = percent ? value.substring(0, value.length() - 1).trim() : value;
        if (percent && !field.isProbability()) {
            throw new IllegalArgumentException(
                    field.wireName() + " is not a probability: write " + digits + " without %");
        }
        double number;
        try {
            number = Double.parseDouble(digits.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field.wireName() + " needs a number, not \"" + value + "\"", e);
        }
        if (!Double.isFinite(number)) {
            throw new IllegalArgumentException(field.wireName() + " needs a finite number, not \"" + value + "\"");
        }
        return percent ? number / 100 : number;
    }

    private static Operator operator(String symbol) {
        for (Operator o : Operator.values()) {
            if (o.symbol.equals(symbol)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown comparison " + symbol); // the pattern admits only the six
    }

    private static String unquote(String value) {
        if (value.length() >= 2
                && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /** The text split at each "and" that is not inside quotes (a segment's name may hold "and"). */
    private static List<String> splitOutsideQuotes(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        char quote = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
                plain.append('_');
            } else if (quote != 0 && c == quote) {
                quote = 0;
                plain.append('_');
            } else {
                plain.append(quote == 0 ? c : '_'); // nothing quoted splits, nor counts as space
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("a quote is not closed: " + text);
        }
        Matcher and = AND.matcher(plain);
        while (and.find()) {
            parts.add(text.substring(start, and.start()));
            start = and.end();
        }
        parts.add(text.substring(start));
        return parts;
    }

    /** Whether a customer with {@code facts} belongs: every condition holds. */
    public boolean matches(AudienceFacts facts) {
        for (Condition c : conditions) {
            if (!c.holds(facts)) {
                return false;
            }
        }
        return true;
    }
}
