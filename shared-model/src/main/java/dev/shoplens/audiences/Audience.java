package dev.shoplens.audiences;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One version of an audience's definition. Each change of a definition is a new version (kept, so that every
 * membership change names the version that decided it); a version with {@code active} false ends the audience.
 *
 * @param id the audience's id, made from its name ({@link #idOf}): lower case letters, digits and dashes
 * @param rule the rule as the manager wrote it ({@link AudienceRule#parse})
 */
public record Audience(
        String id, int version, String name, String rule, String definedBy, Instant definedAt, boolean active) {

    public static final int MAX_NAME = 80;

    public Audience {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rule, "rule");
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1");
        }
    }

    /**
     * A new audience's first version, checked: a name of at most {@value #MAX_NAME} characters with a letter or a
     * digit, and a rule that parses.
     */
    public static Audience define(String name, String rule, String definedBy, Instant at) {
        return new Audience(idOf(name), 1, name.strip(), checkedRule(rule), definedBy, at, true);
    }

    /** The next version with a new rule, checked. */
    public Audience withRule(String newRule, String by, Instant at) {
        return new Audience(id, version + 1, name, checkedRule(newRule), by, at, true);
    }

    /** The next version, which ends the audience: every member leaves. */
    public Audience ended(String by, Instant at) {
        return new Audience(id, version + 1, name, rule, by, at, false);
    }

    public AudienceRule parsedRule() {
        return AudienceRule.parse(rule);
    }

    private static String checkedRule(String rule) {
        AudienceRule.parse(rule);
        return rule.strip();
    }

    /** The id of an audience named {@code name}: "Win back: big spenders" is "win-back-big-spenders". */
    public static String idOf(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an audience needs a name");
        }
        if (name.strip().length() > MAX_NAME) {
            throw new IllegalArgumentException("a name has at most " + MAX_NAME + " characters");
        }
        String id = name.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("a name needs a letter or a digit: " + name);
        }
        return id;
    }
}
