package dev.shoplens.launcher.configuration;

import dev.shoplens.jobs.config.ConfigKey;
import dev.shoplens.jobs.config.ShopLensConfig;
import dev.shoplens.launcher.ConfigOption;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code shoplens config [--config FILE]}: validates the configuration as every command that reads it does, then
 * lists each key's effective value and where it came from, so an operator sees what a deployment will run with
 * before it connects to anything. Secrets show only whether they are set.
 */
@Command(
        name = "config",
        mixinStandardHelpOptions = true,
        description = "Validates shoplens.yaml and the SHOPLENS_* environment and lists every key's effective value"
                + " and where it came from (default, the file, environment, secret file); secrets are not printed.")
public final class ConfigCommand implements Callable<Integer> {

    @Mixin
    ConfigOption config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ShopLensConfig loaded;
        try {
            loaded = config.load();
        } catch (IllegalArgumentException | java.io.UncheckedIOException invalid) {
            // What is wrong, in one line: the point of the command is to find it before a deployment does.
            spec.commandLine().getErr().println("shoplens config: " + invalid.getMessage());
            spec.commandLine().getErr().flush();
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        lines(loaded).forEach(out::println);
        out.flush();
        return 0;
    }

    /** One line per key: the key, its value (secrets as set or not), where it came from and its variable. */
    public static List<String> lines(ShopLensConfig config) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-34s %-36s %-12s %s", "key", "value", "from", "environment variable"));
        for (ConfigKey key : ConfigKey.values()) {
            lines.add(String.format(
                    "%-34s %-36s %-12s %s",
                    key.path(), shown(key, config.get(key)), config.origin(key).words(), key.environmentVariable()));
        }
        return lines;
    }

    private static String shown(ConfigKey key, String value) {
        if (value == null) {
            return "(none)";
        }
        if (key.secret()) {
            return value.isEmpty() ? "(empty)" : "(set, not shown)";
        }
        return value;
    }
}
