package dev.shoplens.launcher.retrain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.shoplens.launcher.ShopLensCli;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The CronJob in infra/ cannot run here (no Kubernetes): this test holds its command line to the real command and
 * its thread settings to the CPU it asks for.
 */
class RetrainCronJobTest {

    static final Path FILE = Path.of("").toAbsolutePath().getParent().resolve("infra/k8s/retrain-cronjob.yaml");

    @Test
    void theCronJobRunsTheRetrainCommandOnTheCoresItIsGiven() throws Exception {
        JsonNode container = new ObjectMapper(new YAMLFactory())
                .readTree(FILE.toFile())
                .at("/spec/jobTemplate/spec/template/spec/containers/0");
        List<String> command = new ArrayList<>();
        container.path("command").forEach(n -> command.add(n.asText()));
        List<String> args = command.subList(command.indexOf(ShopLensCli.class.getName()) + 1, command.size());

        CommandLine.ParseResult parsed = new CommandLine(new ShopLensCli()).parseArgs(args.toArray(String[]::new));

        CommandLine.ParseResult retrain = parsed.subcommand();
        assertThat(retrain.commandSpec().name()).isEqualTo("retrain");
        Path config = retrain.matchedOptionValue("--config", (Path) null);
        assertThat(config).hasToString("/opt/shoplens/config/shoplens.yaml");
        assertThat(config)
                .startsWithRaw(Path.of(container.at("/volumeMounts/0/mountPath").asText()));
        String cpu = container.at("/resources/limits/cpu").asText();
        assertThat(retrain.matchedOptionValue("--threads", 0)).isEqualTo(Integer.parseInt(cpu));
        List<String> openMpThreads = new ArrayList<>();
        for (JsonNode env : container.path("env")) {
            if (env.path("name").asText().equals("OMP_NUM_THREADS")) {
                openMpThreads.add(env.path("value").asText());
            }
        }
        assertThat(openMpThreads).containsExactly(cpu);
    }
}
