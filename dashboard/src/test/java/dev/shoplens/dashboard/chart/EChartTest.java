package dev.shoplens.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.JavaScript;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EChartTest {

    @Test
    void passesTheOptionToTheBrowserAsAProperty() {
        EChart chart = new EChart();

        chart.setOption("{\"series\":[]}");

        assertThat(chart.getElement().getTag()).isEqualTo("shoplens-echart");
        assertThat(chart.getElement().getProperty("option")).isEqualTo("{\"series\":[]}");
        assertThat(chart.getOption()).isEqualTo("{\"series\":[]}");
    }

    @Test
    void loadsEChartsAndItsElementFromFilesThatExist() {
        // A wrong path fails only in the browser, silently: check that each script is on the class path.
        JavaScript[] scripts = EChart.class.getAnnotationsByType(JavaScript.class);

        assertThat(scripts).hasSize(2);
        assertThat(Arrays.stream(scripts).map(JavaScript::value)).allSatisfy(url -> {
            assertThat(url).startsWith("context://");
            String resource = "META-INF/resources/" + url.substring("context://".length());
            assertThat(EChart.class.getClassLoader().getResource(resource))
                    .as(resource)
                    .isNotNull();
        });
    }

    @Test
    void drawsInTheUsersLanguage() {
        UI chinese = new UI();
        chinese.setLocale(Locale.SIMPLIFIED_CHINESE);
        UI.setCurrent(chinese);
        try {
            assertThat(new EChart().getElement().getAttribute("locale")).isEqualTo("ZH");
        } finally {
            UI.setCurrent(null);
        }
        assertThat(new EChart().getElement().getAttribute("locale"))
                .as("English outside a page")
                .isEqualTo("EN");
    }
}
