package dev.shoplens.launcher.demo;

import java.nio.file.Path;

/**
 * The demo's options, validated before anything starts.
 *
 * @param bindAddress where the dashboard listens: the loopback address unless asked, since the demo's users and
 *     passwords are known to everyone who has read the README
 */
public record DemoSettings(
        int port,
        String bindAddress,
        Path dataDir,
        int customers,
        int products,
        int historyDays,
        double speed,
        long seed) {

    /** Where the demo listens unless told otherwise: this machine only. */
    public static final String LOCAL_ONLY = "127.0.0.1";

    public DemoSettings {
        if (bindAddress == null || bindAddress.isBlank()) {
            throw new IllegalArgumentException("--bind must be an address of this machine, e.g. " + LOCAL_ONLY);
        }
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
