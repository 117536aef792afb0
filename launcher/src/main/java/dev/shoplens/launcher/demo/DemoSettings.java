package dev.shoplens.launcher.demo;

import java.nio.file.Path;

/** The demo's options, validated before anything starts. */
public record DemoSettings(
        int port, Path dataDir, int customers, int products, int historyDays, double speed, long seed) {

    public DemoSettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port must be 0..65535, was " + port);
        }
        if (customers < 1 || products < 1) {
            throw new IllegalArgumentException("--customers and --products must be at least 1");
        }
        if (historyDays < 0 || historyDays > 3_650) {
            throw new IllegalArgumentException("--history-days must be 0..3650, was " + historyDays);
        }
        if (!(speed > 0) || speed > 100_000) {
            throw new IllegalArgumentException("--speed must be above 0 and at most 100000, was " + speed);
        }
    }
}
