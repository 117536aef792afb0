package dev.shoplens.models.explain;

import dev.shoplens.features.CustomerFeature;
import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.models.words.Words;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Stored reasons, changes and model weights in a reader's language: the one place they are phrased, for the
 * dashboard (each user's language), the command line and tests (English). Reads both stored formats: the current
 * one ({@link ReasonCodec}) and the English sentences of earlier releases, which are recognised by the English
 * phrases and so read in any language too; a sentence that matches none is shown as stored.
 */
public final class ReasonPhrases {

    public static final ReasonPhrases ENGLISH = new ReasonPhrases(Words.ENGLISH);

    private static final ReasonPhrases CHINESE = new ReasonPhrases(Words.SIMPLIFIED_CHINESE);

    /** Contributions from this size on move a score "strongly", below {@link #NOTABLE} "slightly" (log-odds). */
    static final double STRONG = 1.0;

    static final double NOTABLE = 0.3;

    private final Words words;
    private final DateTimeFormatter date;

    private ReasonPhrases(Words words) {
        this.words = words;
        this.date = DateTimeFormatter.ofPattern(words.text("date"), words.locale());
    }

    public static ReasonPhrases of(Locale locale) {
        return Words.of(locale) == Words.SIMPLIFIED_CHINESE ? CHINESE : ENGLISH;
    }

    /** The fact alone: "no order for 64 days". */
    public String fact(Reason r) {
        String key = "fact." + r.fact().code();
        if (Double.isNaN(r.value())) {
            return words.text(key + ".none");
        }
        return words.format(key, figure(r), Math.round(r.value()), r.window());
    }

    /** The fact and its contribution: "no order for 64 days: +0.9". */
    public String brief(Reason r) {
        return words.format("reason.brief", fact(r), signed(r.contribution(), 1));
    }

    /** Stored reasons, each brief, joined as one line (the command line's and the retrain's form). */
    public String briefs(String stored) {
        List<String> lines = new ArrayList<>();
        for (String item : items(stored)) {
            Reason r = read(item);
            lines.add(r == null ? item : brief(r));
        }
        return String.join(words.text("join.reasons"), lines);
    }

    /**
     * Stored reasons of a {@code kind} score in plain words, largest first as stored: "No order for 64 days: raises
     * the churn risk strongly (+0.9)".
     */
    public List<String> explained(String stored, ModelKind kind) {
        List<String> sentences = new ArrayList<>();
        for (String item : items(stored)) {
            Reason r = read(item);
            sentences.add(r == null ? unread(item, kind) : explained(fact(r), r.contribution(), kind));
        }
        return sentences;
    }

    /** A model's weight on a feature in words: "More days since the last order raises the churn risk (+0.82)". */
    public String weight(CustomerFeature feature, double weight, ModelKind kind) {
        return words.format(
                "weight", words.text("feature." + feature.column()), effect(weight, kind), signed(weight, 2));
    }

    /**
     * What moved the scores since the previous ones (stored by {@link Explanations#changes}), e.g. "the churn risk
     * 0.42 -> 0.61 since 2026-03-01: no order for 40 days: +0.3"; an English text of an earlier release as stored.
     */
    public String changes(String stored) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String change : stored.split(Explanations.CHANGES_SEPARATOR)) {
            String[] f = change.split("\\|", 7);
            if (f.length < 6 || !words.has("what." + f[0])) {
                return stored;
            }
            StringBuilder text = new StringBuilder(
                    words.format("change", words.text("what." + f[0]), f[1], f[2], date.format(LocalDate.parse(f[3]))));
            if (!f[4].equals(f[5])) {
                text.append(words.format("change.version", f[4], f[5]));
            }
            if (f.length == 7 && !f[6].isEmpty()) {
                text = new StringBuilder(words.format("change.because", text, briefs(f[6])));
            }
            parts.add(text.toString());
        }
        return String.join(words.text("join.changes"), parts);
    }

    /** Which way and how strongly a contribution pushes the score: "raises the churn risk strongly". */
    String effect(double contribution, ModelKind kind) {
        double size = Math.abs(contribution);
        String strength = size >= STRONG ? ".strong" : size >= NOTABLE ? "" : ".slight";
        return words.format(
                "effect." + (contribution >= 0 ? "up" : "down") + strength, words.text("what." + kind.registryName()));
    }

    private String explained(String fact, double contribution, ModelKind kind) {
        // Rounded as shown, so "(+1.0)" never reads as less than strong.
        double shown = Math.round(contribution * 10) / 10.0;
        return words.format("reason.explained", capitalised(fact), effect(shown, kind), signed(contribution, 1));
    }

    /** An English sentence no phrase recognises: the fact as stored, its effect in the reader's words. */
    private String unread(String item, ModelKind kind) {
        int colon = item.lastIndexOf(": ");
        if (colon >= 0) {
            try {
                return explained(item.substring(0, colon), Double.parseDouble(item.substring(colon + 2)), kind);
            } catch (NumberFormatException e) {
                // not a number after all: shown as it is
            }
        }
        return capitalised(item);
    }

    private static Reason read(String item) {
        Reason r = ReasonCodec.read(item);
        return r != null ? r : EnglishReasons.parse(item);
    }

    private static List<String> items(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String item : stored.split(";")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    private String figure(Reason r) {
        StringBuilder out = new StringBuilder();
        switch (r.fact().figure()) {
            case COUNT -> out.append(Math.round(r.value()));
            case MONEY -> ReasonCodec.fixed(out, r.value(), 2);
            case SHARE -> out.append(Math.round(r.value() * 100)).append('%');
        }
        return out.toString();
    }

    static String signed(double value, int digits) {
        StringBuilder out = new StringBuilder();
        if (value >= 0 || Math.round(Math.abs(value) * Math.pow(10, digits)) == 0) {
            out.append('+');
        }
        ReasonCodec.fixed(out, value, digits);
        return out.toString();
    }

    private String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(words.locale()) + text.substring(1);
    }
}
