package dev.shoplens.dashboard;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;

/**
 * The page around every view. The stylesheet is linked here rather than through {@code @CssImport}: an import
 * from the frontend folder would force a front-end bundle build (npm), which this project avoids.
 */
public class DashboardShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("ShopLens");
        settings.addLink("stylesheet", "shoplens/dashboard.css");
    }
}
