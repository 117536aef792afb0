package dev.shoplens.models.segments;

import dev.shoplens.models.words.Words;
import java.util.Locale;

/**
 * A stored segment name in a reader's language. Names are made of {@link SegmentNamer}'s traits (a closed set of
 * English words, joined by ", ", and a number where two segments would share a name), so a name of known traits
 * reads translated; any other name (a segmentation of another release, a name given by hand) reads as stored.
 */
public final class SegmentNames {

    static final String SEPARATOR = ", ";

    private SegmentNames() {}

    public static String of(String stored, Locale locale) {
        Words words = Words.of(locale);
        if (stored == null || words == Words.ENGLISH) {
            return stored;
        }
        String name = stored;
        String number = "";
        int space = name.lastIndexOf(' ');
        if (space > 0 && name.substring(space + 1).chars().allMatch(Character::isDigit)) {
            number = name.substring(space);
            name = name.substring(0, space);
        }
        StringBuilder out = new StringBuilder();
        for (String trait : name.split(SEPARATOR, -1)) {
            String key = key(trait);
            if (!words.has(key)) {
                return stored;
            }
            if (out.length() > 0) {
                out.append(words.text("segment.join"));
            }
            out.append(words.text(key));
        }
        return out.append(number).toString();
    }

    /** A trait's key in the word tables: "recent buyers" is {@code segment.trait.recent_buyers}. */
    static String key(String trait) {
        return "segment.trait." + trait.replace(' ', '_').replace('-', '_');
    }
}
