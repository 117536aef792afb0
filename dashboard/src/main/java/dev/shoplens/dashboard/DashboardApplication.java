package dev.shoplens.dashboard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The ShopLens dashboard on its own: {@code java -cp 'lib/*' dev.shoplens.dashboard.DashboardApplication
 * --shoplens.store.duckdb-file=...}. The launcher starts this same class inside its own JVM and may supply the
 * {@code ShopReader} bean itself.
 */
@SpringBootApplication
public class DashboardApplication {

    public static void main(String[] args) {
        SpringApplication.run(DashboardApplication.class, args);
    }
}
