package dev.shoplens.models.explain;

import java.util.List;

/**
 * How reasons are stored: without words, so each reader phrases them in their own language, and cheaply, since the
 * feature job writes them at every score (formatting numbers through {@code String.format} was most of its scoring
 * time). One reason is {@code code=figure[,window]:contribution}, reasons are joined by {@code ;}, e.g.
 * {@code days_since_last_order=64:+0.93;sessions_30d=0:+0.41}; a figure that does not exist yet is empty
 * ({@code avg_order_value=:-0.20}). Rows of earlier releases hold English sentences instead ("no order for 64 days:
 * +0.9"), which never contain {@code =}, so the two cannot be confused.
 */
public final class ReasonCodec {

    /** Decimals of a stored contribution (log-odds); readers show one. */
    static final int CONTRIBUTION_DIGITS = 2;

    private ReasonCodec() {}

    /** The reasons as stored, in their order. */
    public static String write(List<Reason> reasons) {
        StringBuilder out = new StringBuilder(reasons.size() * 32);
        for (Reason r : reasons) {
            if (out.length() > 0) {
                out.append(';');
            }
            append(out, r);
        }
        return out.toString();
    }

    static void append(StringBuilder out, Reason r) {
        out.append(r.fact().code()).append('=');
        if (!Double.isNaN(r.value())) {
            fixed(out, r.value(), r.fact().figure().digits);
        }
        if (r.window() > 0) {
            out.append(',').append(r.window());
        }
        out.append(':');
        if (r.contribution() >= 0) {
            out.append('+');
        }
        fixed(out, r.contribution(), CONTRIBUTION_DIGITS);
    }

    /** One stored reason of this format, or null for anything else (an English sentence of an earlier release). */
    public static Reason read(String item) {
        int equals = item.indexOf('=');
        int colon = item.lastIndexOf(':');
        if (equals <= 0 || colon < equals) {
            return null;
        }
        Fact fact = Fact.of(item.substring(0, equals));
        if (fact == null) {
            return null;
        }
        try {
            String figure = item.substring(equals + 1, colon);
            int comma = figure.indexOf(',');
            String value = comma < 0 ? figure : figure.substring(0, comma);
            return new Reason(
                    fact,
                    value.isEmpty() ? Double.NaN : Double.parseDouble(value),
                    comma < 0 ? 0 : Integer.parseInt(figure.substring(comma + 1)),
                    Double.parseDouble(item.substring(colon + 1)));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * {@code value} rounded to {@code digits} decimals, written without {@link java.util.Formatter} (the
     * feature job writes millions of these): "64", "123.45", "-0.07".
     */
    static void fixed(StringBuilder out, double value, int digits) {
        long scale = 1;
        for (int i = 0; i < digits; i++) {
            scale *= 10;
        }
        long scaled = Math.round(Math.abs(value) * scale);
        if (value < 0 && scaled != 0) {
            out.append('-');
        }
        out.append(scaled / scale);
        if (digits > 0) {
            out.append('.');
            String fraction = Long.toString(scaled % scale);
            for (int i = fraction.length(); i < digits; i++) {
                out.append('0');
            }
            out.append(fraction);
        }
    }
}
