package dev.shoplens.launcher;

import dev.shoplens.launcher.backtest.BacktestCommand;
import dev.shoplens.launcher.configuration.ConfigCommand;
import dev.shoplens.launcher.demo.DemoCommand;
import dev.shoplens.launcher.erasure.EraseCommand;
import dev.shoplens.launcher.imports.ImportCommand;
import dev.shoplens.launcher.privacy.PseudonymCommand;
import dev.shoplens.launcher.production.DashboardCommand;
import dev.shoplens.launcher.production.ProduceCommand;
import dev.shoplens.launcher.production.RunCommand;
import dev.shoplens.launcher.retention.CompactCommand;
import dev.shoplens.launcher.retrain.RetrainCommand;
import dev.shoplens.launcher.status.StatusCommand;
import dev.shoplens.launcher.users.HashPasswordCommand;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code shoplens} command line: every command in one JVM, wired from the modules. */
@Command(
        name = "shoplens",
        mixinStandardHelpOptions = true,
        version = "ShopLens 0.1.0",
        description = "Real-time customer insight for online shops.",
        subcommands = {
            DemoCommand.class,
            ImportCommand.class,
            StatusCommand.class,
            ProduceCommand.class,
            RunCommand.class,
            DashboardCommand.class,
            BacktestCommand.class,
            RetrainCommand.class,
            EraseCommand.class,
            PseudonymCommand.class,
            CompactCommand.class,
            HashPasswordCommand.class,
            ConfigCommand.class
        })
public final class ShopLensCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // Logging is set up before any library logs: logback.xml also quiets the libraries that log through
        // java.util.logging (Tribuo), and only once it is read.
        LoggerFactory.getILoggerFactory();
        int exit = new CommandLine(new ShopLensCli()).execute(args);
        if (exit != 0 || !isLongRunning(args)) {
            System.exit(exit);
        }
    }

    private static boolean isLongRunning(String[] args) {
        return args.length > 0 && (args[0].equals("demo") || args[0].equals("run") || args[0].equals("dashboard"));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
