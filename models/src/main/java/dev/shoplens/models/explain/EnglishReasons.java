package dev.shoplens.models.explain;

import dev.shoplens.models.words.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the English sentences earlier releases stored ("no order for 64 days: +0.9") back into reasons, so old rows
 * read in every language. The patterns are made from the English phrases themselves, so the one table that writes
 * a fact also recognises it.
 */
final class EnglishReasons {

    private static final Pattern PLACE = Pattern.compile("\\{(\\d)(?:,[^}]*)?}");

    private record Known(Fact fact, Pattern pattern, boolean none) {}

    private static final List<Known> KNOWN = known();

    private EnglishReasons() {}

    /** The reason an old English sentence states, or null when no phrase matches it. */
    static Reason parse(String item) {
        int colon = item.lastIndexOf(": ");
        if (colon < 0) {
            return null;
        }
        double contribution;
        try {
            contribution = Double.parseDouble(item.substring(colon + 2));
        } catch (NumberFormatException e) {
            return null;
        }
        String text = item.substring(0, colon);
        for (Known known : KNOWN) {
            Matcher m = known.pattern.matcher(text);
            if (m.matches()) {
                return new Reason(
                        known.fact, known.none ? Double.NaN : value(known.fact, m.group("v")), window(m), contribution);
            }
        }
        return null;
    }

    private static double value(Fact fact, String written) {
        return fact.figure() == Fact.Figure.SHARE
                ? Double.parseDouble(written.substring(0, written.length() - 1)) / 100
                : Double.parseDouble(written);
    }

    private static int window(Matcher m) {
        try {
            return Integer.parseInt(m.group("w"));
        } catch (IllegalArgumentException e) { // no window in this phrase
            return 0;
        }
    }

    /** Every fact's English phrase as a pattern, in the facts' order (the logistic model's before the LSTM's). */
    private static List<Known> known() {
        List<Known> known = new ArrayList<>();
        for (Fact fact : Fact.values()) {
            String key = "fact." + fact.code();
            known.add(new Known(fact, pattern(Words.ENGLISH.text(key)), false));
            if (Words.ENGLISH.has(key + ".none")) {
                known.add(new Known(fact, Pattern.compile(Pattern.quote(Words.ENGLISH.text(key + ".none"))), true));
            }
        }
        return known;
    }

    /** The words a plural choice ({1,choice,0#days|1#day|1<days}) may write: (?:days|day|days). */
    private static String choices(String place) {
        StringBuilder alternatives = new StringBuilder("(?:");
        String[] options = place.substring(place.indexOf("choice,") + 7, place.length() - 1)
                .split("\\|");
        for (int i = 0; i < options.length; i++) {
            alternatives.append(i == 0 ? "" : "|").append(Pattern.quote(options[i].replaceFirst("^[^#<]*[#<]", "")));
        }
        return alternatives.append(')').toString();
    }

    /** {0} is the figure, {1} a plural choice, {2} the window's days. */
    private static Pattern pattern(String phrase) {
        StringBuilder regex = new StringBuilder();
        Matcher m = PLACE.matcher(phrase);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(phrase.substring(last, m.start())));
            regex.append(
                    switch (m.group(1)) {
                        case "0" -> "(?<v>-?\\d+(?:\\.\\d+)?%?)";
                        case "2" -> "(?<w>\\d+)";
                        default -> choices(m.group());
                    });
            last = m.end();
        }
        regex.append(Pattern.quote(phrase.substring(last)));
        return Pattern.compile(regex.toString());
    }
}
