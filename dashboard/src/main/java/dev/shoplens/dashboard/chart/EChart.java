package dev.shoplens.dashboard.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.JavaScript;
import dev.shoplens.dashboard.i18n.Language;

/**
 * An Apache ECharts chart. It takes the whole ECharts option as JSON, so any chart type works without a Java API
 * per chart; the browser side ({@code META-INF/resources/shoplens/echart.js}) merges each new option into the
 * live chart, so an update keeps the user's zoom and legend choices.
 *
 * <p>Both scripts are plain files served from the class path ({@code context://}), not bundle imports: an
 * {@code @JsModule} or {@code @NpmPackage} would need a front-end build with npm packages this project cannot
 * fetch.
 */
@Tag("shoplens-echart")
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
@JavaScript("context://shoplens/echart.js")
public class EChart extends Component implements HasSize, HasStyle {

    static final String OPTION_PROPERTY = "option";

    static final String LOCALE_ATTRIBUTE = "locale";

    public EChart() {
        // ECharts draws into the element's box and cannot size itself from its content.
        setWidthFull();
        setHeight("320px");
        // ECharts names months and weekdays on time axes itself, in its own locale (English unless told): the
        // user's language, fixed when the chart is made (a language switch rebuilds the page and its charts).
        UI ui = UI.getCurrent();
        getElement().setAttribute(LOCALE_ATTRIBUTE, chartLocale(Language.of(ui == null ? null : ui.getLocale())));
    }

    /** ECharts' name of the locale it draws {@code language} in (both are built into its standard bundle). */
    static String chartLocale(Language language) {
        return language == Language.SIMPLIFIED_CHINESE ? "ZH" : "EN";
    }

    /** Replaces the chart's option; {@code optionJson} is an ECharts option object as JSON text. */
    public void setOption(String optionJson) {
        getElement().setProperty(OPTION_PROPERTY, optionJson);
    }

    public String getOption() {
        return getElement().getProperty(OPTION_PROPERTY, "");
    }
}
