package dev.shoplens.bench.store;

import dev.shoplens.bench.BenchSettings;
import dev.shoplens.bench.Suite;
import dev.shoplens.bench.harness.ChildJvm;
import dev.shoplens.bench.harness.Figure;
import dev.shoplens.bench.harness.Rounds;
import java.util.List;

/** {@code sink_clickhouse_throughput}, measured in a JVM of its own ({@link ChildJvm}: libchdb spoils its process). */
public final class ClickHouseSinkProcess implements Suite {

    @Override
    public String title() {
        return "clickhouse sink against one bulk INSERT (in a JVM of its own)";
    }

    @Override
    public List<Figure> run(BenchSettings settings) throws Exception {
        return ChildJvm.run(
                ClickHouseSinkProcess.class,
                "1g",
                List.of(
                        String.valueOf(settings.sinkRows()),
                        String.valueOf(settings.rounds().warmup()),
                        String.valueOf(settings.rounds().measured())));
    }

    /** The child: {@code rows warmup measured}. */
    public static void main(String[] args) throws Exception {
        ChildJvm.report(
                a -> List.of(SinkThroughput.clickHouse()
                        .measure(Integer.parseInt(a[0]), new Rounds(Integer.parseInt(a[1]), Integer.parseInt(a[2])))),
                args);
    }
}
