package dev.shoplens.bench.harness;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shoplens.bench.Suite;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A measurement in a JVM of its own, on this JVM's class path: for the ClickHouse engine (libchdb), which runs inside
 * the process and leaves it unfit for the JVM once used (after it, the next implicit null check of JIT-compiled code
 * can end the process with a segmentation fault). A measurement and its baseline still run side by side, in that one
 * child. The child prints one line per figure, or one saying why it skipped, on its standard output.
 */
public final class ChildJvm {

    static final String FIGURE = "figure: ";
    static final String SKIPPED = "skipped: ";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChildJvm() {}

    /** What the child measures, given its arguments. */
    @FunctionalInterface
    public interface Measurement {
        List<Figure> measure(String[] args) throws Exception;
    }

    /** Runs {@code main}'s {@code main(args)} in a child JVM with {@code heap} and returns the figures it printed. */
    public static List<Figure> run(Class<?> main, String heap, List<String> args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        String logging = System.getProperty("logback.configurationFile");
        if (logging != null) {
            command.add("-Dlogback.configurationFile=" + logging);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(args);
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            out.lines().forEach(lines::add);
        }
        int exit = process.waitFor();
        List<Figure> figures = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith(FIGURE)) {
                figures.add(JSON.readValue(line.substring(FIGURE.length()), Figure.class));
            } else if (line.startsWith(SKIPPED)) {
                throw new Suite.Skipped(line.substring(SKIPPED.length()));
            }
        }
        if (figures.isEmpty()) {
            throw new IllegalStateException(main.getSimpleName() + " ended (exit " + exit + ") without a figure");
        }
        return figures;
    }

    /**
     * The child's side: measures, prints each figure (or why it skipped) and stops without an orderly shutdown, which
     * the engine's threads may outlive.
     */
    public static void report(Measurement measurement, String[] args) throws Exception {
        List<String> lines = new ArrayList<>();
        try {
            for (Figure figure : measurement.measure(args)) {
                lines.add(FIGURE + JSON.writeValueAsString(figure));
            }
        } catch (Suite.Skipped skipped) {
            lines.add(SKIPPED + skipped.getMessage());
        }
        lines.forEach(System.out::println);
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
