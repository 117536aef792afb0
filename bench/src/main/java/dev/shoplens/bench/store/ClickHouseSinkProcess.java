package dev.shoplens.bench.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shoplens.bench.BenchSettings;
import dev.shoplens.bench.Suite;
import dev.shoplens.bench.harness.Figure;
import dev.shoplens.bench.harness.Rounds;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sink_clickhouse_throughput}, measured in a JVM of its own. The ClickHouse engine (libchdb) runs inside the
 * process and leaves it unfit for the JVM once used: after it, the next implicit null check of JIT-compiled code can
 * end the process with a segmentation fault. The sink and its baseline still run side by side, in that one process.
 */
public final class ClickHouseSinkProcess implements Suite {

    static final String RESULT = "figure: ";
    static final String SKIPPED = "skipped: ";

    @Override
    public String title() {
        return "clickhouse sink against one bulk INSERT (in a JVM of its own)";
    }

    @Override
    public List<Figure> run(BenchSettings settings) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        String logging = System.getProperty("logback.configurationFile");
        if (logging != null) {
            command.add("-Dlogback.configurationFile=" + logging);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ClickHouseSinkProcess.class.getName()));
        command.addAll(List.of(
                String.valueOf(settings.sinkRows()),
                String.valueOf(settings.rounds().warmup()),
                String.valueOf(settings.rounds().measured())));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            out.lines().forEach(lines::add);
        }
        int exit = process.waitFor();
        for (String line : lines) {
            if (line.startsWith(RESULT)) {
                return List.of(new ObjectMapper().readValue(line.substring(RESULT.length()), Figure.class));
            }
            if (line.startsWith(SKIPPED)) {
                throw new Skipped(line.substring(SKIPPED.length()));
            }
        }
        throw new IllegalStateException("the ClickHouse measurement ended (exit " + exit + ") without a figure");
    }

    /** The child: {@code rows warmup measured}; prints one line with the figure, then stops without shutdown. */
    public static void main(String[] args) throws Exception {
        String line;
        try {
            Figure figure = SinkThroughput.clickHouse()
                    .measure(
                            Integer.parseInt(args[0]),
                            new Rounds(Integer.parseInt(args[1]), Integer.parseInt(args[2])));
            line = RESULT + new ObjectMapper().writeValueAsString(figure);
        } catch (Skipped skipped) {
            line = SKIPPED + skipped.getMessage();
        }
        System.out.println(line);
        System.out.flush();
        // The engine's threads may outlive the JVM's orderly shutdown: end the process now that the figure is out.
        Runtime.getRuntime().halt(0);
    }
}
