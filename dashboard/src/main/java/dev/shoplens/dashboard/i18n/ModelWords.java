package dev.shoplens.dashboard.i18n;

import com.vaadin.flow.component.UI;
import dev.shoplens.models.explain.ReasonPhrases;
import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.models.segments.SegmentNames;
import java.util.List;
import java.util.Locale;

/**
 * What the models stored (reasons, changes, segment names) in the current user's language. The models phrase
 * them ({@link ReasonPhrases}, {@link SegmentNames}), so the dashboard, the command line and the retrain share one
 * table of words; this only picks the language (the UI's, English outside a running page).
 */
public final class ModelWords {

    private ModelWords() {}

    /** A score's stored reasons, one sentence each: "No order for 64 days: raises the churn risk strongly (+0.9)". */
    public static List<String> reasons(String stored, ModelKind kind) {
        return ReasonPhrases.of(locale()).explained(stored, kind);
    }

    /** What moved the scores since the previous ones, as stored; empty when nothing is stored. */
    public static String changes(String stored) {
        return ReasonPhrases.of(locale()).changes(stored);
    }

    /** A stored segment name, translated where it is made of the model's traits; null stays null. */
    public static String segment(String stored) {
        return SegmentNames.of(stored, locale());
    }

    public static ReasonPhrases phrases() {
        return ReasonPhrases.of(locale());
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return Language.of(ui == null ? null : ui.getLocale()).locale();
    }
}
